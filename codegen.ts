// GraphQL Code Generator: types for the web client's operations, from schema/schema.graphql.
// npm run codegen writes them; a test fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/graphql/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
