// The theming page shows the three theme files side by side. Each file styles
// every <participation-calendar> on a page, so here each is scoped to its card.
for (const card of document.querySelectorAll('[data-theme-file]')) {
  fetch(card.dataset.themeFile)
    .then((response) => response.text())
    .then((css) => {
      const style = document.createElement('style');
      style.textContent = css.replaceAll('participation-calendar {', `#${card.id} participation-calendar {`);
      document.head.append(style);
    });
}
