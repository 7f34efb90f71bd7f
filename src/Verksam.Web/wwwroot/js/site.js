// Enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});

// The register's form: show only the questions that belong to the chosen kind of matter. Without this, all are
// shown with their headings saying which kinds they are for, and the server ignores the ones that do not apply.
document.addEventListener("DOMContentLoaded", function () {
  var radios = document.querySelectorAll("input[data-matter-kind]");
  if (radios.length === 0) {
    return;
  }
  function update() {
    var checked = document.querySelector("input[data-matter-kind]:checked");
    document.querySelectorAll("[data-kinds]").forEach(function (part) {
      var kinds = part.getAttribute("data-kinds").split(" ");
      part.hidden = checked !== null && kinds.indexOf(checked.value) < 0;
    });
  }
  radios.forEach(function (radio) { radio.addEventListener("change", update); });
  update();
});
