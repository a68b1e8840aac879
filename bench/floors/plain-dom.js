// Floor 1: a few lines of plain DOM, no library, no custom element: a button in a div, once the body exists.
document.addEventListener('DOMContentLoaded', () => {
  const d = document.createElement('div');
  d.innerHTML = '<p><button>OK</button></p>';
  document.body.prepend(d);
});
