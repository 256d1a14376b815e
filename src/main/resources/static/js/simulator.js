// The simulator's form: only the fields of the change chosen are shown (all of them without script).
(function () {
  function show() {
    var chosen = document.querySelector('input[data-simulation-kind]:checked');
    var kind = chosen ? chosen.value : '';
    document.querySelectorAll('fieldset[data-for]').forEach(function (set) {
      set.hidden = set.getAttribute('data-for').split(' ').indexOf(kind) < 0;
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-simulation-kind]').forEach(function (radio) {
      radio.addEventListener('change', show);
    });
    show();
  });
})();
