// The import's progress page, live: poll its JSON status every second, move
// the bar, and reload the page once the import is finished (the page then
// shows the result). Without JavaScript the page refreshes itself instead.
(function () {
  "use strict";
  var section = document.querySelector("[data-import-progress]");
  if (!section || section.hasAttribute("data-finished")) {
    return;
  }
  var url = section.getAttribute("data-import-progress");
  var bar = section.querySelector("[data-import-bar]");
  var label = section.querySelector("[data-import-label]");

  function update(state) {
    bar.max = state.max;
    bar.value = state.value;
    bar.textContent = state.value + " / " + state.max;
    if (label.textContent !== state.label) {
      label.textContent = state.label;
    }
    if (state.finished) {
      window.location.reload();
    } else {
      window.setTimeout(poll, 1000);
    }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(update)
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
})();
