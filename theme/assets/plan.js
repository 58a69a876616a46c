// The plan builder: the mentor unticks what does not apply and fills in the header and dates; the print
// view then shows exactly the chosen rows. Everything stays in this browser's localStorage: nothing is sent.
'use strict';

(() => {
  const plan = document.querySelector('article.plan[data-plan]');
  if (!plan) return;
  const key = `opleidingsplan:${plan.dataset.plan}`;
  const fields = [...plan.querySelectorAll('input.field')];
  const boxes = [...plan.querySelectorAll('input[data-kies]')];
  const printButton = plan.querySelector('[data-plan-print]');
  const clearButton = plan.querySelector('[data-plan-clear]');

  function stored() {
    try {
      return JSON.parse(localStorage.getItem(key)) || {};
    } catch {
      return {};
    }
  }

  function save() {
    const state = { velden: {}, uit: [] };
    for (const field of fields) if (field.value) state.velden[field.name] = field.value;
    for (const box of boxes) if (!box.checked) state.uit.push(box.dataset.kies);
    try {
      if (Object.keys(state.velden).length || state.uit.length) localStorage.setItem(key, JSON.stringify(state));
      else localStorage.removeItem(key);
    } catch {
      // Storage may be off (private mode): the plan still works, it is just not kept.
    }
  }

  /** Marks what is unticked: a competency hides its section and its line in the table of contents. */
  function apply() {
    for (const box of boxes) {
      const id = box.dataset.kies;
      const excluded = !box.checked;
      if (id.includes('.')) {
        plan.querySelector(`tr[data-rij="${CSS.escape(id)}"]`)?.classList.toggle('is-excluded', excluded);
      } else {
        for (const part of plan.querySelectorAll(`[data-competentie="${CSS.escape(id)}"]`)) {
          part.classList.toggle('is-excluded', excluded);
        }
      }
    }
  }

  const state = stored();
  for (const field of fields) field.value = (state.velden || {})[field.name] || '';
  const off = new Set(state.uit || []);
  for (const box of boxes) box.checked = !off.has(box.dataset.kies);
  apply();

  for (const field of fields) field.addEventListener('input', save);
  for (const box of boxes) box.addEventListener('change', () => { apply(); save(); });
  printButton.addEventListener('click', () => window.print());
  clearButton.addEventListener('click', () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing stored
    }
    for (const field of fields) field.value = '';
    for (const box of boxes) box.checked = true;
    apply();
  });
  printButton.hidden = false;
  clearButton.hidden = false;
  plan.classList.add('plan-builder-ready');
})();
