// "Territory › Donbas": the broader topics of a topic, broadest first, so a picker shows where in the
// tree a topic sits (two topics may share a name under different parents).
interface Parent {
  name: string;
  parent?: Parent | null;
}

export function topicTrail(topic: { parent?: Parent | null }): string | undefined {
  const names: string[] = [];
  for (let p = topic.parent; p; p = p.parent) names.unshift(p.name);
  return names.length ? names.join(" › ") : undefined;
}
