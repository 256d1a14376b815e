/** Plain-Java building blocks shared by the domain packages of all modules. */
package vn.motcua.platform.domain;
