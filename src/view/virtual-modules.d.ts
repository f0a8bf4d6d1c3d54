/** The atmosphere tables' file in a build; null when served in development (scripts/build/atmosphere-tables.ts). */
declare module 'virtual:atmosphere-tables' {
  const url: string | null;
  export default url;
}
