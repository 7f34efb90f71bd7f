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

// Free texts: once a text nears its limit, a counter under the text area says how much is left, and says so aloud
// when the text goes over. Without this, the server refuses a text that is too long and keeps it in the form.
document.addEventListener("DOMContentLoaded", function () {
  var format = document.body.getAttribute("data-count-format");
  var over = document.body.getAttribute("data-count-over");
  if (!format || !over) {
    return;
  }
  var live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "assertive");
  document.body.appendChild(live);
  function fill(text, a, b) {
    return text.replace("{0}", a.toLocaleString("sv-SE")).replace("{1}", b.toLocaleString("sv-SE"));
  }
  document.querySelectorAll("textarea[data-limit]").forEach(function (area, i) {
    var limit = parseInt(area.getAttribute("data-limit"), 10);
    if (!(limit > 0)) {
      return;
    }
    var counter = document.createElement("p");
    counter.className = "char-count";
    counter.id = (area.id || "text-" + i) + "-count";
    counter.hidden = true;
    area.insertAdjacentElement("afterend", counter);
    var described = area.getAttribute("aria-describedby");
    area.setAttribute("aria-describedby", described ? described + " " + counter.id : counter.id);
    var wasOver = false;
    function update() {
      // Counted as the server counts: Unix line ends, no surrounding blanks.
      var length = area.value.replace(/\r\n/g, "\n").trim().length;
      var isOver = length > limit;
      counter.hidden = length < limit * 0.8;
      counter.textContent = isOver ? fill(over, length - limit, limit) : fill(format, length, limit);
      counter.classList.toggle("char-count--over", isOver);
      if (isOver !== wasOver) {
        live.textContent = isOver ? counter.textContent : "";
        wasOver = isOver;
      }
    }
    area.addEventListener("input", update);
    update();
  });
});
