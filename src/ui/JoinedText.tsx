import { joinedWordRuns } from '../core/captions/joined-words.ts';

/** Text whose hyphenated and en-dashed names ("Sputnik-1", "Szaljut–6-hoz") never break a line. */
export function JoinedText({ text }: { text: string }) {
  return (
    <>
      {joinedWordRuns(text).map((run, i) =>
        run.joined ? (
          <span key={i} className="joined">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
