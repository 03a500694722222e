// Thusong's own script: small, no inline code (the content security policy forbids it).
document.addEventListener('DOMContentLoaded', () => {
  // Mark the current section in the menu for screen readers and sighted users alike.
  const path = window.location.pathname;
  document.querySelectorAll('.menu a').forEach(a => {
    const href = a.getAttribute('href');
    if (href && href !== '/' && path.startsWith(href)) {
      a.setAttribute('aria-current', 'page');
    }
  });
  // Keep the language links on the same page with the same filters.
  document.querySelectorAll('.lang a').forEach(a => {
    const params = new URLSearchParams(window.location.search);
    params.set('lang', a.getAttribute('hreflang'));
    a.setAttribute('href', window.location.pathname + '?' + params.toString());
  });
});
