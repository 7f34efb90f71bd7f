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
    // A question in the chosen kind's own words ("Från vem har berömmet inkommit?").
    document.querySelectorAll("[data-kind-text]").forEach(function (label) {
      var text = checked === null ? null : label.getAttribute("data-text-" + checked.value.toLowerCase());
      if (text !== null) {
        label.textContent = text;
      }
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

// Nothing typed is lost: while a form with a text area has unsaved changes, leaving the page asks first, and what
// was typed is kept in this browser (per user, until it is saved, thrown away or the user logs out). Coming back to
// the form offers to put it back. Without this, the form still saves as it always does.
(function () {
  var prefix = "verksam-draft:";
  var storage;
  try {
    storage = window.localStorage;
  } catch (e) {
    return;
  }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && !el.disabled && (el.tagName === "TEXTAREA" || (el.tagName === "INPUT" && el.type === "text"));
    });
  }
  function read(key) {
    try {
      return JSON.parse(storage.getItem(key));
    } catch (e) {
      return null;
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var body = document.body;
    var user = body.getAttribute("data-draft-user");
    var logout = document.querySelector(".site-header__logout");
    if (logout) {
      logout.addEventListener("submit", function () {
        for (var i = storage.length - 1; i >= 0; i--) {
          var k = storage.key(i);
          if (k && k.indexOf(prefix) === 0) {
            storage.removeItem(k);
          }
        }
      });
    }
    if (!user) {
      return;
    }
    var dirty = [];
    var forms = Array.prototype.filter.call(document.querySelectorAll("main form[method=post]"), function (form) {
      return form.querySelector("textarea") !== null;
    });
    forms.forEach(function (form, index) {
      var key = prefix + user + ":" + location.pathname + location.search + "#" + (form.id || form.className || index);
      var saved = read(key);
      if (saved && saved.values) {
        var differs = fields(form).some(function (el) {
          return Object.prototype.hasOwnProperty.call(saved.values, el.name) && saved.values[el.name] !== el.value;
        });
        if (!differs) {
          storage.removeItem(key);
        } else {
          var notice = document.createElement("div");
          notice.className = "notice draft-notice";
          notice.setAttribute("role", "region");
          notice.setAttribute("aria-label", body.getAttribute("data-draft-restore"));
          var text = document.createElement("p");
          var when = new Date(saved.at).toLocaleString("sv-SE", { dateStyle: "short", timeStyle: "short" });
          text.textContent = body.getAttribute("data-draft-found").replace("{0}", when);
          var restore = document.createElement("button");
          restore.type = "button";
          restore.className = "button";
          restore.textContent = body.getAttribute("data-draft-restore");
          var discard = document.createElement("button");
          discard.type = "button";
          discard.className = "button button--secondary";
          discard.textContent = body.getAttribute("data-draft-discard");
          restore.addEventListener("click", function () {
            fields(form).forEach(function (el) {
              if (Object.prototype.hasOwnProperty.call(saved.values, el.name)) {
                el.value = saved.values[el.name];
                el.dispatchEvent(new Event("input", { bubbles: true }));
              }
            });
            text.textContent = body.getAttribute("data-draft-restored");
            text.setAttribute("role", "status");
            restore.remove();
            discard.remove();
          });
          discard.addEventListener("click", function () {
            storage.removeItem(key);
            notice.remove();
          });
          notice.appendChild(text);
          notice.appendChild(restore);
          notice.appendChild(document.createTextNode(" "));
          notice.appendChild(discard);
          form.parentNode.insertBefore(notice, form);
        }
      }
      var timer = null;
      function keep() {
        clearTimeout(timer);
        timer = null;
        var values = {};
        fields(form).forEach(function (el) { values[el.name] = el.value; });
        try {
          storage.setItem(key, JSON.stringify({ at: Date.now(), values: values }));
        } catch (e) {
          // A full storage keeps nothing more; the warning before leaving still stands.
        }
      }
      form.addEventListener("input", function () {
        if (dirty.indexOf(form) < 0) {
          dirty.push(form);
        }
        clearTimeout(timer);
        timer = setTimeout(keep, 400);
      });
      window.addEventListener("pagehide", function () {
        if (timer !== null) {
          keep();
        }
      });
      form.addEventListener("submit", function () {
        clearTimeout(timer);
        timer = null;
        dirty = dirty.filter(function (f) { return f !== form; });
        storage.removeItem(key);
      });
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty.length > 0) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });
})();
