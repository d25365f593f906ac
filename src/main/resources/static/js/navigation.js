// The community menu's groups are <details>: they open and close by mouse, Enter and Space without
// this script. It adds what a menu of groups is expected to do: one group open at a time; Escape
// closes the open group and returns the focus to its button; a click or the focus elsewhere closes it.
(function () {
  'use strict';
  function groups() {
    return Array.prototype.slice.call(document.querySelectorAll('.community-nav details'));
  }
  function closeAllBut(target) {
    groups().forEach(function (group) {
      if (group.open && !group.contains(target)) {
        group.open = false;
      }
    });
  }
  document.addEventListener('toggle', function (event) {
    if (event.target.matches && event.target.matches('.community-nav details') && event.target.open) {
      closeAllBut(event.target);
    }
  }, true);
  document.addEventListener('click', function (event) { closeAllBut(event.target); });
  document.addEventListener('focusin', function (event) { closeAllBut(event.target); });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    groups().filter(function (group) { return group.open; }).forEach(function (group) {
      group.open = false;
      group.querySelector('summary').focus();
    });
  });
})();
