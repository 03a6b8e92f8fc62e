// @ts-check
/**
 * The apply form's enhancement (app/(public)/careers/[org]/[job]/apply; ES2020, no framework, no eval).
 * Sends the form by XMLHttpRequest (for upload progress), puts the server's errors where the server's
 * page would, opens the status page. The fields' data attributes give early checks in the server's
 * words: a hint only, the server decides. Async, so React loads it on a client-side navigation too.
 */
(() => {
  const flag = "candorApplyForm";
  if (flag in window) return;
  Object.defineProperty(window, flag, { value: true });

  /** @type {WeakMap<HTMLFormElement, (event: Event) => void>} */
  const enhanced = new WeakMap();
  // On the document, capturing: any apply form, however it came, ahead of React's form handling (while
  // Next's runtime still loads), which then sees the event handled.
  document.addEventListener(
    "submit",
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.matches("[data-apply-form]")) return;
      if (!enhanced.has(form)) enhanced.set(form, enhance(form));
      enhanced.get(form)?.(event);
    },
    true,
  );

  /** The submit handler of one apply form. @param {HTMLFormElement} form */
  function enhance(form) {
    const summary = /** @type {HTMLElement} */ (form.querySelector("#apply-errors"));
    const progress = /** @type {HTMLProgressElement} */ (form.querySelector("[data-upload-progress]"));
    const status = /** @type {HTMLElement} */ (form.querySelector("[data-upload-status]"));
    const button = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
    const submitLabel = button.textContent;
    const CONNECTION_LOST = "Your application could not be sent: check your connection and try again. Nothing was lost; the form is still filled in.";
    const SERVER_FAILED = "Something went wrong on our side. Please try again.";
    let sending = false;

    /** @typedef {{ ok: true, statusUrl: string } | { ok: false, formError?: string, fieldErrors?: Record<string, string[] | undefined> }} Reply */

    /** As fieldId in ./_components/fields.tsx. @param {string} name */
    const fieldId = (name) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

    const frames = () => /** @type {HTMLElement[]} */ (Array.from(form.querySelectorAll("[data-field]")));

    /** A field's entries, less empty ones (an untouched file input sends a nameless, empty file). @param {FormData} data @param {string} name */
    const filled = (data, name) => data.getAll(name).filter((value) => (typeof value === "string" ? value.trim() !== "" : value.size > 0 || value.name !== ""));

    /** @param {string} fileName */
    const extension = (fileName) => (fileName.includes(".") ? `.${fileName.split(".").pop()?.toLowerCase()}` : "");

    /** The early checks: each field's first problem, by form name. @param {FormData} data @returns {Record<string, string>} */
    function check(data) {
      /** @type {Record<string, string>} */
      const problems = {};
      for (const frame of frames()) {
        const { field: name = "", required, email, maxBytes, accept, tooLarge, wrongType } = frame.dataset;
        const values = filled(data, name);
        if (values.length === 0) {
          if (required) problems[name] = required;
          continue;
        }
        if (email && values.some((value) => typeof value !== "string" || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()))) problems[name] = email;
        const files = /** @type {File[]} */ (values.filter((value) => typeof value !== "string"));
        // The server's order: size (the schema), then type (the file check).
        if (tooLarge && files.some((file) => file.size > Number(maxBytes))) problems[name] = tooLarge;
        else if (wrongType && accept && files.some((file) => !accept.split(",").includes(extension(file.name)))) problems[name] = wrongType;
      }
      return problems;
    }

    /** A field's error in its slot, tied to its control or group as the server does. @param {string} name @param {string | undefined} message */
    function mark(name, message) {
      const control = document.getElementById(fieldId(name));
      const slot = document.getElementById(`${fieldId(name)}-error`);
      if (!control || !slot) return;
      slot.textContent = message ?? "";
      slot.hidden = !message;
      if (message) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
      const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && id !== slot.id);
      if (message) ids.push(slot.id);
      if (ids.length > 0) control.setAttribute("aria-describedby", ids.join(" "));
      else control.removeAttribute("aria-describedby");
    }

    /** The server's markup for a problem. @param {"link" | "text"} kind @returns {HTMLLIElement} */
    function item(kind) {
      const copy = /** @type {HTMLLIElement} */ (document.querySelector(`[data-error-prototype="${kind}"]`)?.cloneNode(true));
      copy.removeAttribute("data-error-prototype");
      return copy;
    }

    /**
     * Shows the problems ("answers.q_x.1" is "answers.q_x"'s) and the general message as the server's page
     * would, and focuses the summary. @param {Record<string, string[] | undefined>} fieldErrors @param {string} [formError]
     */
    function show(fieldErrors, formError) {
      const names = frames().map((frame) => frame.dataset.field ?? "");
      /** @type {Record<string, string>} */
      const messages = {};
      for (const [key, list] of Object.entries(fieldErrors)) {
        const name = names.find((n) => key === n || key.startsWith(`${n}.`)) ?? key;
        if (list?.[0] && !messages[name]) messages[name] = list[0];
      }
      const items = [];
      for (const frame of frames()) {
        const name = frame.dataset.field ?? "";
        mark(name, messages[name]);
        if (!messages[name]) continue;
        const question = frame.dataset.question;
        const link = item("link");
        const anchor = /** @type {HTMLAnchorElement} */ (link.querySelector("a"));
        anchor.href = `#${fieldId(name)}`;
        anchor.textContent = !question ? messages[name] : /[?.!:]$/.test(question) ? `${question} ${messages[name]}` : `${question}: ${messages[name]}`;
        items.push(link);
      }
      // No field on the page (the bot trap, the form's key): words only.
      for (const [name, message] of Object.entries(messages)) {
        if (names.includes(name)) continue;
        const text = item("text");
        text.textContent = message;
        items.push(text);
      }

      const { headingNone = "", headingOne = "", headingMany = "", validationMessage } = summary.dataset;
      const heading = /** @type {HTMLElement} */ (summary.querySelector("h2"));
      const general = /** @type {HTMLElement} */ (summary.querySelector("p"));
      const list = /** @type {HTMLElement} */ (summary.querySelector("ul"));
      heading.textContent = items.length === 0 ? headingNone : items.length === 1 ? headingOne : headingMany.replace("{count}", String(items.length));
      // Not "correct the fields" above their list, nor a field's own message again.
      const adds = formError && !(items.length > 0 && (formError === validationMessage || Object.values(messages).includes(formError)));
      general.textContent = adds ? formError : "";
      general.hidden = !adds;
      list.replaceChildren(...items);
      summary.querySelector("[data-files-not-kept]")?.remove();
      list.hidden = items.length === 0;
      const shown = items.length > 0 || Boolean(formError);
      summary.hidden = !shown;
      if (shown) summary.focus();
    }

    /** @param {number | null} percent */
    function showProgress(percent) {
      progress.hidden = percent === null;
      if (percent !== null) progress.value = percent;
      // Announced in tenths.
      const words = percent === null ? "" : percent < 100 ? `Uploading… ${Math.floor(percent / 10) * 10}%` : "Processing…";
      if (status.textContent !== words) status.textContent = words;
      button.textContent = percent === null ? submitLabel : (button.dataset.sendingLabel ?? submitLabel);
      // Not disabled: that would drop the keyboard's focus to the page.
      if (percent === null) button.removeAttribute("aria-disabled");
      else button.setAttribute("aria-disabled", "true");
    }

    /** @param {FormData} data @returns {Promise<Reply>} */
    function send(data) {
      // The server action's fields (the no-JavaScript post): not for this endpoint.
      for (const key of Array.from(data.keys())) if (key.startsWith("$ACTION")) data.delete(key);
      return new Promise((resolve) => {
        const request = new XMLHttpRequest();
        request.open("POST", form.dataset.submitUrl ?? "");
        request.responseType = "json";
        request.upload.onprogress = (event) => event.lengthComputable && showProgress(Math.round((event.loaded / event.total) * 100));
        request.onload = () => resolve(request.response ?? { ok: false, formError: SERVER_FAILED });
        request.onerror = () => resolve({ ok: false, formError: CONNECTION_LOST });
        request.send(data);
      });
    }

    /** @param {Event} event */
    return async (event) => {
      event.preventDefault();
      if (sending) return;
      const data = new FormData(form);
      const problems = check(data);
      if (Object.keys(problems).length > 0) {
        show(Object.fromEntries(Object.entries(problems).map(([name, message]) => [name, [message]])));
        return;
      }
      sending = true;
      showProgress(0);
      const reply = await send(data);
      if (reply.ok && reply.statusUrl.startsWith("/")) {
        window.location.assign(reply.statusUrl);
        return;
      }
      sending = false;
      showProgress(null);
      if (!reply.ok) show(reply.fieldErrors ?? {}, reply.formError);
      else show({}, SERVER_FAILED);
    };
  }
})();
