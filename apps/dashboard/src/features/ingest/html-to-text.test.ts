import { describe, expect, it } from "vitest";
import { blocksToText, htmlToArticle } from "./html-to-text";

const PAGE = `<!doctype html>
<html lang="nl">
<head>
  <title>Delegaties praten opnieuw in Genève | Voorbeeldkrant</title>
  <meta property="og:site_name" content="Voorbeeldkrant">
  <meta property="article:published_time" content="2026-02-10T09:30:00+01:00">
  <style>p { color: red }</style>
  <script>window.tracking = "<p>niet dit</p>";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/binnenland">Binnenland</a> <a href="/buitenland">Buitenland</a></nav>
  <article>
    <h1>Delegaties praten opnieuw in Genève</h1>
    <p class="byline">Door Anna de Vries</p>
    <p>De onderhandelaars van <b>Oekraïne</b> en Rusland kwamen dinsdag opnieuw bijeen in Genève. Na zes uur zeiden beide
       delegaties dat de gesprekken &ldquo;moeilijk maar nuttig&rdquo; waren.</p>
    <p>Technische teams werken volgende week verder aan een tekst over een staakt-het-vuren.<br>Een datum is er nog niet.</p>
    <blockquote><p>&ldquo;We zijn er nog lang niet&rdquo;, zei een woordvoerder.</p></blockquote>
    <p>Over gebiedsafstand werd volgens ingewijden niet gesproken; wel over de uitwisseling van gevangenen en over de energie-infrastructuur.</p>
  </article>
  <footer>© Voorbeeldkrant · <a href="/privacy">Privacy</a></footer>
</body>
</html>`;

describe("htmlToArticle", () => {
  const article = htmlToArticle(PAGE);
  it("keeps the article's paragraphs and leaves navigation, scripts and styles out", () => {
    expect(article.body).toContain("De onderhandelaars van Oekraïne en Rusland kwamen dinsdag opnieuw bijeen in Genève.");
    expect(article.body).toContain("“moeilijk maar nuttig” waren.\n\nTechnische teams");
    expect(article.body).toContain("staakt-het-vuren.\nEen datum is er nog niet.");
    expect(article.body).not.toMatch(/Binnenland|niet dit|color: red|Privacy/);
    expect(article.body).not.toMatch(/<|>/);
  });
  it("reads the page's metadata", () => {
    expect(article.language).toBe("nl");
    expect(article.publishedOn).toBe("2026-02-10");
    expect(article.siteName).toBe("Voorbeeldkrant");
    expect(article.title).toContain("Delegaties praten opnieuw in Genève");
  });
});

describe("blocksToText", () => {
  it("folds whitespace inside a paragraph and separates blocks by a blank line", async () => {
    const { parseHTML } = await import("linkedom");
    const { document } = parseHTML("<html><body><h2>Kop</h2><ul><li>een\n  twee</li><li>drie</li></ul>los <i>woord</i></body></html>");
    expect(blocksToText(document.body)).toBe("Kop\n\neen twee\n\ndrie\n\nlos woord");
  });
});
