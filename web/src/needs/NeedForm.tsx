import { Alert, Box, Button, Checkbox, CheckboxGroup, Heading, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { KNOWLEDGE_NEED_LIMITS as L } from '../../../schema/limits';
import { messageFor } from '../api/errors';
import { useMutation, useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { Theme } from '../graphql/graphql';
import { THEME } from '../labels';
import { StatusMessage, type Status } from '../practice/StatusMessage';
import type { Need } from './NeedCard';

const PostKnowledgeNeedDocument = graphql(`
  mutation PostKnowledgeNeed($input: PostKnowledgeNeedInput!) {
    postKnowledgeNeed(input: $input) { ...KnowledgeNeedFields }
  }
`);

const NeedRegionsDocument = graphql(`
  query NeedRegions {
    regions { code name }
  }
`);

type Errors = Partial<Record<'title' | 'description' | 'themes' | 'region', string>>;

/** "Meld inn et behov". Editors, who belong to no region, say which region the need comes from. */
export function NeedForm({ askRegion, onPosted }: { askRegion: boolean; onPosted: (need: Need) => void }) {
  // The evidence and gap map links here with an empty cell's title, text and theme filled in.
  const [params] = useSearchParams();
  const [title, setTitle] = useState(params.get('tittel') ?? '');
  const [description, setDescription] = useState(params.get('beskrivelse') ?? '');
  const [themes, setThemes] = useState<Theme[]>(() => params.getAll('tema').filter((theme): theme is Theme => theme in THEME));
  const [regionCode, setRegionCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<Status>(null);
  const postNeed = useMutation(PostKnowledgeNeedDocument);
  const busy = postNeed.fetching;
  const titleField = useRef<HTMLInputElement>(null);
  const descriptionField = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (!title.trim()) found.title = 'Skriv hva dere trenger å vite';
    if (!description.trim()) found.description = 'Skriv litt om behovet';
    if (themes.length > L.themesMax) found.themes = `Velg høyst ${L.themesMax} tema`;
    if (askRegion && !regionCode) found.region = 'Velg hvilket fylke behovet kommer fra';
    setErrors(found);
    setStatus(null);
    if (found.title) return titleField.current?.focus();
    if (found.description) return descriptionField.current?.focus();
    if (Object.keys(found).length > 0) return;
    try {
      const { postKnowledgeNeed } = await postNeed.run({
        input: { title: title.trim(), description: description.trim(), themes, regionCode: askRegion ? regionCode : undefined },
      });
      setTitle('');
      setDescription('');
      setThemes([]);
      setStatus({ variant: 'success', text: `Behovet «${postKnowledgeNeed.title}» er meldt inn. Det står øverst i listen nedenfor.` });
      onPosted(postKnowledgeNeed);
    } catch (error) {
      setStatus({ variant: 'error', text: messageFor(error) });
    }
  };

  return (
    <Box padding="space-24" borderWidth="1" borderRadius="12" borderColor="neutral-subtle" className="narrow">
      <form onSubmit={submit} aria-labelledby="meld-inn-behov" noValidate>
        <VStack gap="space-20">
          <Heading level="2" size="medium" id="meld-inn-behov">
            Meld inn et behov
          </Heading>
          <TextField
            ref={titleField}
            label="Hva trenger dere å vite?"
            description="For eksempel «Hvordan følger andre kontorer opp unge som har falt ut av skolen?»"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={errors.title}
            maxLength={L.titleMax}
          />
          <Textarea
            ref={descriptionField}
            label="Beskriv behovet"
            description="Hva har dere prøvd, og hva ville hjulpet dere?"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={errors.description}
            maxLength={L.descriptionMax}
            minRows={3}
          />
          <CheckboxGroup
            legend="Tema"
            description={`Valgfritt. Velg opptil ${L.themesMax}.`}
            value={themes}
            onChange={(value: Theme[]) => setThemes(value)}
            error={errors.themes}
            size="small"
          >
            {(Object.keys(THEME) as Theme[]).map((theme) => (
              <Checkbox key={theme} value={theme}>
                {THEME[theme]}
              </Checkbox>
            ))}
          </CheckboxGroup>
          {askRegion && <RegionSelect value={regionCode} onChange={setRegionCode} error={errors.region} />}
          <div>
            <Button type="submit" loading={busy} disabled={false}>
              Meld inn behov
            </Button>
          </div>
          <StatusMessage status={status} />
        </VStack>
      </form>
    </Box>
  );
}

function RegionSelect({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  const result = useQuery(NeedRegionsDocument, {});
  return (
    <Select label="Fylke" description="Hvilket fylke behovet kommer fra." value={value} onChange={(event) => onChange(event.target.value)} error={error ?? (result.error ? messageFor(result.error) : undefined)}>
      <option value="">Velg fylke</option>
      {result.data?.regions.map((region) => (
        <option key={region.code} value={region.code}>
          {region.name}
        </option>
      ))}
    </Select>
  );
}
