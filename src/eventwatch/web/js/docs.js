// Swagger UI from node_modules, started from a file (no inline script) so the page keeps a strict CSP.
window.addEventListener("DOMContentLoaded", () => {
  if (typeof window.SwaggerUIBundle !== "function") return; // the fallback text stays, with the schema link
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
