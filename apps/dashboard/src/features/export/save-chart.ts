// Saving a chart as a standalone file. The chart draws with theme classes (CSS variables), which a
// file outside the page cannot resolve, so the copy gets each element's computed paint inlined.
const PAINT = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
] as const;

function inlinePaint(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const style = PAINT.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
  copy.setAttribute("style", style);
  const sourceChildren = Array.from(source.children);
  const copyChildren = Array.from(copy.children);
  sourceChildren.forEach((child, i) => {
    const twin = copyChildren[i];
    if (twin) inlinePaint(child, twin);
  });
}

function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error("not an SVG element");
  inlinePaint(svg, copy);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // The page's background behind the chart, so the file reads the same in either theme.
  const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  copy.insertBefore(background, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

function chart(id: string): SVGSVGElement {
  const element = document.getElementById(id);
  if (!(element instanceof SVGSVGElement)) throw new Error(`no chart #${id}`);
  return element;
}

export function saveSvg(id: string, fileName: string): void {
  download(new Blob([standaloneSvg(chart(id)).text], { type: "image/svg+xml" }), `${fileName}.svg`);
}

/** A PNG at twice the screen size (sharp on high-density screens and in slides). */
export async function savePng(id: string, fileName: string): Promise<void> {
  const { text, width, height } = standaloneSvg(chart(id));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(width * 2);
  canvas.height = Math.ceil(height * 2);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no 2D canvas");
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob) download(blob, `${fileName}.png`);
}
