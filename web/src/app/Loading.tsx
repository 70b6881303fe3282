// The DKFDS spinner with its text, announced to screen readers (unless already inside a live region).
export function Loading({ text, inLiveRegion = false }: { text: string; inLiveRegion?: boolean }) {
  return (
    <div className="spinner-status mt-5" role={inLiveRegion ? undefined : 'status'}>
      <div className="spinner" aria-hidden="true" />
      <span className="ml-3">{text}</span>
    </div>
  );
}
