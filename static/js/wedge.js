// The wedge form works as a plain GET form; with JavaScript, ticking an
// action redraws the chart in place (same page, fetched again) without
// reloading, and the address keeps the choice so it can be shared.
(function () {
  "use strict";
  var form = document.querySelector("[data-wedge-form]");
  var result = document.getElementById("wedge-result");
  if (!form || !result || !window.fetch || !window.DOMParser) return;
  var pending = null;

  function redraw() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var url = window.location.pathname + "?" + query;
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(url, { signal: pending.signal, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("wedge-result");
        if (!fresh) return;
        result.replaceChildren.apply(result, Array.prototype.slice.call(fresh.childNodes));
        window.history.replaceState(null, "", url + "#wedge-result");
      })
      .catch(function () { /* the button still submits the form */ });
  }

  form.addEventListener("change", function (event) {
    if (event.target.matches("input[type=checkbox]")) redraw();
  });
})();
