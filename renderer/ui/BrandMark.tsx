/** A numbered ticket, drawn rather than lettered so that it reads the same in every language. */
export function BrandMark() {
  return (
    <svg
      className="brand__mark"
      viewBox="0 0 40 40"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="40" height="40" rx="10" fill="currentColor" />
      <path
        d="M11 12.5h18a1.5 1.5 0 0 1 1.5 1.5v3.2a2.8 2.8 0 0 0 0 5.6V26a1.5 1.5 0 0 1-1.5 1.5H11A1.5 1.5 0 0 1 9.5 26v-3.2a2.8 2.8 0 0 0 0-5.6V14a1.5 1.5 0 0 1 1.5-1.5Z"
        fill="#fff"
      />
      <path d="M15 17.5h7M15 22.5h10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
