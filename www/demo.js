// Demo page only: the large-text (适老化) switch. planmeter.css enlarges every widget under
// an element with the class pm-large. A module file, so the page needs no inline script.
const button = document.querySelector('.demo-large');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const on = document.body.classList.toggle('pm-large');
    button.setAttribute('aria-pressed', String(on));
  });
}
