/** A neutral gold-on-red round emblem used when a site has no logo of its own (decorative). */
export function Emblem({ size = 56 }: { size?: number }) {
  return (
    <svg className="site-header__emblem" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill="#f2c94c" />
      <circle cx="32" cy="32" r="25" fill="#c8102e" />
      <polygon
        fill="#f2c94c"
        points="32,11 37.3,26.6 53.7,26.6 40.4,36.4 45.5,52 32,42.4 18.5,52 23.6,36.4 10.3,26.6 26.7,26.6"
      />
    </svg>
  );
}
