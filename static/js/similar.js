/* Similar proposals while a resident writes one: after a pause in the title
   or the text, the published proposals that look alike are listed under the
   text, each with a "Support this one" button. Without this script, the
   form's "Check for similar proposals" button shows the same list. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-similar-url]");
  if (!form || !window.fetch || !("content" in document.createElement("template"))) return;
  var title = form.querySelector("[name=title]");
  var text = form.querySelector("[name=text]");
  var box = form.querySelector("[data-similar]");
  var list = box && box.querySelector("[data-similar-list]");
  var item = box && box.querySelector("template[data-similar-item]");
  if (!title || !text || !list || !item) return;
  var MIN_LENGTH = 8;
  var MAX_LENGTH = 1000;
  var timer = null;
  var last = null;

  function render(results) {
    list.replaceChildren();
    results.forEach(function (found) {
      var row = item.content.firstElementChild.cloneNode(true);
      row.querySelector("[data-similar-link]").href = found.url;
      row.querySelector("[data-similar-reference]").textContent = found.reference;
      row.querySelector("[data-similar-name]").textContent = found.title;
      row.querySelector("[data-similar-supports]").textContent = found.supports_label;
      row.querySelector("[data-similar-support]").setAttribute("formaction", found.support_url);
      list.appendChild(row);
    });
    box.querySelector("[data-similar-found]").hidden = results.length === 0;
    box.querySelector("[data-similar-none]").hidden = true;
    box.hidden = results.length === 0;
  }

  function look() {
    var typed = title.value.trim() + "\n" + text.value.trim();
    if (typed === last || typed.length < MIN_LENGTH) return;
    last = typed;
    var query = new URLSearchParams({
      title: title.value.slice(0, MAX_LENGTH),
      text: text.value.slice(0, MAX_LENGTH)
    });
    fetch(form.dataset.similarUrl + "?" + query.toString(), {
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && typed === last) render(data.results || []);
      })
      .catch(function () { /* the check button still works */ });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(look, 700);
  }

  title.addEventListener("input", later);
  text.addEventListener("input", later);
})();
