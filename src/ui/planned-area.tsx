import { Page } from './page';

/** An area that is not built yet says in one sentence what it will do, and shows no data. */
export function PlannedArea({ title, sentence }: { title: string; sentence: string }) {
  return (
    <Page title={title}>
      <p>{sentence}</p>
    </Page>
  );
}
