// MotCua's few behaviours, each switched on by a data attribute, so that pages work without them.
(function () {
  "use strict";

  // A list of links under a search box: ↓ from the box to the first link, ↑/↓ between links, ↑ from the first back
  // to the box, Escape back to the box; Enter follows the link as usual. Box: data-list-keys="<id of the list>".
  function listKeys(box) {
    var links = function () {
      var list = document.getElementById(box.dataset.listKeys);
      return list ? Array.prototype.slice.call(list.querySelectorAll("a")) : [];
    };
    box.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && links().length) {
        e.preventDefault();
        links()[0].focus();
      }
    });
    document.addEventListener("keydown", function (e) {
      var all = links(), i = all.indexOf(document.activeElement);
      if (i < 0) {
        return;
      }
      if (e.key === "ArrowDown" && i < all.length - 1) {
        e.preventDefault();
        all[i + 1].focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        (i === 0 ? box : all[i - 1]).focus();
      } else if (e.key === "Escape") {
        box.focus();
      }
    });
  }

  // A date typed day first (05/06/2026, 5-6-2026, 05062026 …), read as TypedDate reads it on the server, and said
  // back in words under the field. Field: data-typed-date="<id of the element that says what was understood>",
  // data-understood="Understood: {0}", data-not-understood="…".
  var SEPARATED = /^(\d{1,2})\s*[\/.\- ]\s*(\d{1,2})\s*[\/.\- ]\s*(\d+)$/, DIGITS = /^(\d{2})(\d{2})(\d{4})$/,
      ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

  function readDate(text) {
    var m = ISO.exec(text), d, mo, y;
    if (m) {
      y = m[1]; mo = m[2]; d = m[3];
    } else {
      m = SEPARATED.exec(text) || DIGITS.exec(text);
      if (!m || m[3].length !== 4) {
        return null;
      }
      d = m[1]; mo = m[2]; y = m[3];
    }
    var date = new Date(Date.UTC(+y, +mo - 1, +d));
    return date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d ? date : null;
  }

  function typedDate(field) {
    var says = document.getElementById(field.dataset.typedDate);
    var lang = document.documentElement.lang || "vi";
    var show = function () {
      var text = field.value.trim();
      if (!text) {
        says.textContent = "";
        return;
      }
      var date = readDate(text);
      says.textContent = date
        ? field.dataset.understood.replace("{0}", date.toLocaleDateString(lang === "en" ? "en-GB" : "vi-VN",
            { weekday: "long", day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }))
        : field.dataset.notUnderstood;
      says.classList.toggle("text-danger", !date);
    };
    field.addEventListener("input", show);
    show();
  }

  // A form that removes something asks first: <form data-confirm> with the question on its button's data-confirm-text.
  function confirmFirst(form) {
    form.addEventListener("submit", function (e) {
      var button = e.submitter || form.querySelector("[data-confirm-text]");
      var question = button && button.dataset.confirmText;
      if (question && !window.confirm(question)) {
        e.preventDefault();
      }
    });
  }

  // A file input in the page's language: the browser's own control says "Choose Files / No file chosen" in the
  // browser's language. <input type="file" data-file-picker data-choose="…" data-none="…" data-chosen="{0} …">
  // stays in the tab order (Space opens it), drawn as a button and the names chosen.
  function filePicker(input) {
    var picker = document.createElement("span");
    picker.className = "file-picker";
    var button = document.createElement("label");
    button.className = "btn btn-outline-secondary btn-sm";
    button.htmlFor = input.id;
    button.textContent = input.dataset.choose;
    button.setAttribute("aria-hidden", "true");
    var names = document.createElement("span");
    names.className = "file-picker-names small ms-2";
    names.setAttribute("aria-live", "polite");
    picker.appendChild(button);
    picker.appendChild(names);
    input.classList.add("file-picker-input");
    input.insertAdjacentElement("afterend", picker);
    var show = function () {
      var files = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
      names.textContent = files.length ? files.join(", ") : input.dataset.none;
    };
    input.addEventListener("change", show);
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[type=file][data-file-picker]").forEach(filePicker);
    document.querySelectorAll("form[data-confirm]").forEach(confirmFirst);
    document.querySelectorAll("[data-list-keys]").forEach(listKeys);
    document.querySelectorAll("[data-typed-date]").forEach(typedDate);
    // print buttons (no inline script: the pages' content security policy allows only this file)
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function (e) { e.preventDefault(); window.print(); });
    });
    // after a refused submission the error summary takes the focus; after acceptance, the next step's button does
    var first = document.querySelector("[data-focus-on-load]");
    if (first) {
      first.focus();
    }
  });
})();
