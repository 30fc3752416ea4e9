// The demo's language switch: sets lang on <main> and on the quick exit; the elements follow their
// closest ancestor's lang and re-render at once.
const select = document.getElementById('lang');
const widgets = document.getElementById('widgets');
const quickExit = document.querySelector('ogv-quick-exit');
select.addEventListener('change', () => {
  widgets.lang = select.value;
  quickExit.lang = select.value;
});
