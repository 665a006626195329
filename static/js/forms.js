/* After a form is sent, the eye and the screen reader go to what happened:
   the error summary when the form was refused, otherwise the outcome that
   replaced the form (a thank-you, a receipt, the new comment). Without this
   script the form's action fragment still opens the page there. */
(function () {
  "use strict";
  function focusOutcome() {
    var target = document.querySelector("[data-error-summary]") ||
      document.querySelector("[data-outcome]");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusOutcome);
  } else {
    focusOutcome();
  }
})();
