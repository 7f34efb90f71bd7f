// Live preview of a scale while it is typed. An enhancement: without JavaScript the
// "Förhandsgranska" button shows the same on the server. The colour always comes from the server.
(function () {
  var form = document.querySelector("form[data-scale-preview]");
  if (!form || !window.fetch) { return; }
  var box = document.getElementById("scale-preview");
  var notation = form.querySelector("[name='Input.ScaleNotation']");
  var test = form.querySelector("[name='TestValue']");
  var decimals = form.querySelector("[name='Input.Decimals']");
  var timer;

  function render(data) {
    box.hidden = false;
    box.classList.toggle("preview--error", !data.valid);
    box.textContent = "";
    var p = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = data.valid ? "Skalan läses som: " : "Skalan kunde inte läsas: ";
    p.appendChild(strong);
    p.appendChild(document.createTextNode(data.valid ? data.formatted : data.error));
    box.appendChild(p);
    if (data.valid && data.colourWord) {
      var q = document.createElement("p");
      q.textContent = "Värdet " + test.value + " får bedömningen " + data.colourWord + ".";
      box.appendChild(q);
    }
  }

  function update() {
    if (!notation.value.trim()) { box.hidden = true; return; }
    var url = form.getAttribute("data-scale-preview") + "?notation=" + encodeURIComponent(notation.value);
    if (test && test.value.trim()) { url += "&value=" + encodeURIComponent(test.value.trim()); }
    // Judged as a saved outcome is: rounded to the indicator's decimals.
    if (decimals && decimals.value) { url += "&decimals=" + encodeURIComponent(decimals.value); }
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) { render(data); } })
      .catch(function () { /* the server-side preview still works */ });
  }

  function later() { clearTimeout(timer); timer = setTimeout(update, 300); }
  notation.addEventListener("input", later);
  if (test) { test.addEventListener("input", later); }
  if (decimals) { decimals.addEventListener("change", later); }
})();
