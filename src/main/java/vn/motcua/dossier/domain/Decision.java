package vn.motcua.dossier.domain;

import java.util.List;

/** What a dossier decided about a command: the transitions it made, or why it refused. */
public sealed interface Decision {

    record Made(List<Transition> transitions) implements Decision {
        public Made {
            transitions = List.copyOf(transitions);
        }
    }

    record Refused(TransitionRefusal reason, String detail) implements Decision {
    }
}
