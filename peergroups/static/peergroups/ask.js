/*
 * The ask form, progressively enhanced. Without this script every field shows and the server explains.
 * - Dilemma-only fields: the fieldset shows only while "Dilemma" is chosen; hidden, it is disabled so
 *   nothing in it is posted.
 * - @mentions: typing "@na" in the body offers colleagues (JSON from the server, which asks the policy);
 *   an ARIA combobox: arrow keys move, Enter or a click inserts "@handle ", Escape closes.
 */
(function () {
  "use strict";

  function dilemmaFields() {
    document.querySelectorAll("fieldset[data-kind-field]").forEach(function (fieldset) {
      var select = document.getElementById(fieldset.getAttribute("data-kind-field"));
      if (!select) return;
      var wanted = fieldset.getAttribute("data-kind-value");
      function sync() {
        var on = select.value === wanted;
        fieldset.hidden = !on;
        fieldset.disabled = !on;
      }
      select.setAttribute("aria-controls", fieldset.id);
      select.addEventListener("change", sync);
      sync();
    });
  }

  function mentions(box) {
    var field = document.getElementById(box.getAttribute("data-mentions-for"));
    var list = box.querySelector("[role=listbox]");
    var status = box.querySelector("[role=status]");
    var url = box.getAttribute("data-mentions-url");
    if (!field || !list) return;
    var results = [];
    var active = -1;
    var start = -1;
    var pending = null;
    var timer = null;

    field.setAttribute("role", "combobox");
    field.setAttribute("aria-autocomplete", "list");
    field.setAttribute("aria-controls", list.id);
    field.setAttribute("aria-expanded", "false");

    function close() {
      box.hidden = true;
      field.setAttribute("aria-expanded", "false");
      field.removeAttribute("aria-activedescendant");
      results = [];
      active = -1;
      list.innerHTML = "";
    }

    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (item, i) {
        item.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) field.setAttribute("aria-activedescendant", list.children[index].id);
      else field.removeAttribute("aria-activedescendant");
    }

    function pick(index) {
      var person = results[index];
      if (!person || start < 0) return;
      var before = field.value.slice(0, start);
      var after = field.value.slice(field.selectionStart);
      var inserted = "@" + person.handle + " ";
      field.value = before + inserted + after;
      var caret = before.length + inserted.length;
      field.setSelectionRange(caret, caret);
      field.dispatchEvent(new Event("input", { bubbles: true }));
      close();
      field.focus();
    }

    function show(found) {
      results = found;
      list.innerHTML = "";
      if (!found.length) {
        close();
        return;
      }
      found.forEach(function (person, i) {
        var item = document.createElement("li");
        item.id = list.id + "_" + i;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.className = "pg-mentions__option";
        item.textContent = person.name + " (@" + person.handle + ")";
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          pick(i);
        });
        list.appendChild(item);
      });
      box.hidden = false;
      field.setAttribute("aria-expanded", "true");
      highlight(0);
      if (status) status.textContent = (box.getAttribute("data-found-text") || "") + " " + found.length;
    }

    function query() {
      var caret = field.selectionStart;
      var upto = field.value.slice(0, caret);
      var match = /(^|[^\w@])@([\w.+-]{1,60})$/.exec(upto);
      if (!match) {
        close();
        return;
      }
      start = caret - match[2].length - 1;
      var q = match[2];
      if (pending) pending.abort();
      pending = new AbortController();
      fetch(url + "&q=" + encodeURIComponent(q), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: pending.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          show(data.results || []);
        })
        .catch(function () {});
    }

    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(query, 200);
    });
    field.addEventListener("keydown", function (event) {
      if (box.hidden || !results.length) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % results.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight((active - 1 + results.length) % results.length);
      } else if (event.key === "Enter" || event.key === "Tab") {
        if (active >= 0) {
          event.preventDefault();
          pick(active);
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    field.addEventListener("blur", function () {
      setTimeout(close, 150);
    });
  }

  function init() {
    dilemmaFields();
    document.querySelectorAll("[data-mentions-for]").forEach(mentions);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
