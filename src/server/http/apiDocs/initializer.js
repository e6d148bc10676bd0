// Starts Swagger UI on the page /api/docs serves (a file of its own: the page's CSP runs no inline script).
window.addEventListener('load', () => {
  const root = document.getElementById('swagger-ui')
  window.ui = window.SwaggerUIBundle({
    url: root.dataset.url,
    domNode: root,
    deepLinking: true,
    // No call to validator.swagger.io: the page talks to this server only.
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  })
})
