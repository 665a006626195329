/* Comments: reply forms open in place of the "Reply" link's page.
   Without this script, "Reply" leads to a page with the form; both post to
   the same address. */
(function () {
  "use strict";
  var template = document.getElementById("reply-form-template");
  if (!template || !("content" in template)) return;
  var counter = 0;

  function closeForm(form) {
    var link = form.previousElementSibling;
    form.remove();
    if (link) link.focus();
  }

  document.addEventListener("click", function (event) {
    var cancel = event.target.closest("[data-reply-cancel]");
    if (cancel) {
      closeForm(cancel.closest("form"));
      return;
    }
    var link = event.target.closest("a[data-reply-to]");
    if (!link) return;
    event.preventDefault();
    var article = link.closest("article");
    var open = article.querySelector("form.comment-form--reply");
    if (open) {
      open.querySelector("textarea").focus();
      return;
    }
    counter += 1;
    var form = template.content.firstElementChild.cloneNode(true);
    form.action = link.dataset.replyAction;
    // Unique ids for each form opened, so labels keep pointing at their field.
    form.querySelectorAll("[id]").forEach(function (element) {
      var id = element.id + "-" + counter;
      form.querySelectorAll('[for="' + element.id + '"]').forEach(function (label) { label.htmlFor = id; });
      form.querySelectorAll('[aria-describedby="' + element.id + '"]').forEach(function (field) { field.setAttribute("aria-describedby", id); });
      element.id = id;
    });
    link.closest(".comment__actions").insertAdjacentElement("afterend", form);
    form.querySelector("textarea").focus();
  });
})();
