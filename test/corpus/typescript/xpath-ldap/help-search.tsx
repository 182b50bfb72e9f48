// corpus: path=src/components/HelpSearch.tsx
import { useEffect, useState } from 'react';

interface Topic {
  id: string;
  title: string;
}

function topicsMatching(doc: Document, keyword: string): Topic[] {
  const result = doc.evaluate(`//topic[contains(keywords, '${keyword}')]`, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); // expect: xpath-injection
  const out: Topic[] = [];
  for (let i = 0; i < result.snapshotLength; i++) {
    const el = result.snapshotItem(i) as Element;
    out.push({ id: el.getAttribute('id') ?? '', title: el.querySelector('title')?.textContent ?? '' });
  }
  return out;
}

function allTopics(doc: Document): number {
  const result = doc.evaluate('count(//topic)', doc, null, XPathResult.NUMBER_TYPE, null); // ok: xpath-injection
  return result.numberValue;
}

export function HelpSearch({ index }: { index: Document }) {
  const [topics, setTopics] = useState<Topic[]>([]);
  const [total, setTotal] = useState(0);

  useEffect(() => {
    const keyword = new URLSearchParams(window.location.search).get('q') ?? '';
    setTopics(topicsMatching(index, keyword));
    setTotal(allTopics(index));
  }, [index]);

  return (
    <section>
      <p>{total} topics</p>
      <ul>
        {topics.map((t) => (
          <li key={t.id}>{t.title}</li>
        ))}
      </ul>
    </section>
  );
}
