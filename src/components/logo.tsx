/** The CloudCards mark: a card with a cloud. The same drawing as public/logo.svg. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" width={size} height={size} className="logo">
      <rect x="4" y="10" width="56" height="44" rx="10" fill="#0b5cad" />
      <path
        d="M21 43h23a8 8 0 0 0 1.2-15.9A11 11 0 0 0 24.3 25 9 9 0 0 0 21 43z"
        fill="#fff"
      />
    </svg>
  );
}
