// The .proto files are bundled as text (esbuild `loader: { '.proto': 'text' }`).
declare module '*.proto' {
  const text: string;
  export default text;
}
