// Static hosts answer every missing address with the English 404. When the address was meant
// for the other edition (it starts with its prefix), say so first, in that edition's language.
const notice = document.querySelector('[data-edition-notice]');
if (notice && location.pathname.startsWith(notice.dataset.prefix)) notice.hidden = false;
