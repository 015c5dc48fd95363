/*
 * Suggestions under the search bars (progressive enhancement: without this script the forms
 * simply submit to /recherche/). Every search form (role="search") with a field named "q" gets a
 * list of matching titles from <form action>suggestions/?q=… (JSON: {results: [{title, url, type}]}),
 * following the ARIA combobox pattern: arrows to move, Enter to open, Escape to close.
 */
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 200;
  var counter = 0;

  function suggestionsUrl(form) {
    var action = form.getAttribute("data-suggestions-url") || form.getAttribute("action") || "/recherche/";
    return action.replace(/\/?$/, "/") + (form.getAttribute("data-suggestions-url") ? "" : "suggestions/");
  }

  function enhance(input) {
    var form = input.form;
    if (!form || input.getAttribute("data-autocomplete") === "on") {
      return;
    }
    input.setAttribute("data-autocomplete", "on");
    counter += 1;
    var listId = (input.id || "recherche-" + counter) + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var timer = null;
    var controller = null;
    var active = -1;
    var items = [];

    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggestions-label") || "Suggestions");
    list.className = "fr-raw-list search-suggestions";
    list.hidden = true;
    list.style.cssText = "position:absolute;left:0;right:0;top:100%;z-index:1000;margin:0;padding:0;" +
      "background:var(--background-default-grey,#fff);box-shadow:0 6px 18px rgba(0,0,18,.16);";
    status.className = "fr-sr-only";
    status.setAttribute("aria-live", "polite");
    form.style.position = "relative";
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
        item.style.background = position === index ? "var(--background-action-low-blue-france,#e3e3fd)" : "";
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(results) {
      list.textContent = "";
      items = results.map(function (result, position) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        var type = document.createElement("span");
        item.id = listId + "-" + position;
        item.setAttribute("role", "option");
        item.style.cssText = "padding:.5rem 1rem;";
        link.href = result.url;
        link.textContent = result.title;
        link.tabIndex = -1;
        type.className = "fr-text--xs fr-ml-1w";
        type.textContent = result.type;
        item.appendChild(link);
        item.appendChild(type);
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = result.url;
        });
        list.appendChild(item);
        return item;
      });
      status.textContent = results.length ? results.length + " suggestion(s)" : "";
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(-1);
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH || !window.fetch) {
        render([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      window.fetch(suggestionsUrl(form) + "?q=" + encodeURIComponent(text), {
        headers: { Accept: "application/json" },
        signal: controller ? controller.signal : undefined
      })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { render(data.results || []); })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden || !items.length) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  function init() {
    var inputs = document.querySelectorAll('form[role="search"] input[name="q"]');
    Array.prototype.forEach.call(inputs, enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
