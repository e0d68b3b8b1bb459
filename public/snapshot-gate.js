// The drawn-ahead first screen of a study (scripts/prerender.ts) shows only at the address it was drawn for:
// the bare /study/<id> or the opening step's own query, with no #figure. Any other state waits for the live app.
;(function () {
  var meta = document.querySelector('meta[name="snapshot-search"]')
  var search = window.location.search
  var same = meta && !window.location.hash && (search === '' || search === meta.getAttribute('content'))
  if (!same) document.documentElement.classList.add('snapshot-off')
})()
