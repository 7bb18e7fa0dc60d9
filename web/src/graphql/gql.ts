/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ItemPosition on CollectionItem {\n    id\n    position\n  }\n": typeof types.ItemPositionFragmentDoc,
    "\n  query DevUsers {\n    devUsers { username name role office region }\n  }\n": typeof types.DevUsersDocument,
    "\n  mutation DevLogin($username: String!) {\n    devLogin(username: $username) { token }\n  }\n": typeof types.DevLoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      office { enhetsnummer name }\n      region { code name viewerCan { seeOverview } }\n      viewerCan { actFor propose postKnowledgeNeeds seeEveryRegion readRatings }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CollectionPracticeSearch($query: String!) {\n    searchPractices(query: $query, pageSize: 5) {\n      totalHits\n      hits {\n        practice {\n          id\n          title\n          originOffice { enhetsnummer name }\n        }\n      }\n    }\n  }\n": typeof types.CollectionPracticeSearchDocument,
    "\n  mutation AddCollectionItem($input: AddCollectionItemInput!) {\n    addCollectionItem(input: $input) { ...CollectionItemFields }\n  }\n": typeof types.AddCollectionItemDocument,
    "\n  mutation UpdateCollectionItem($itemId: ID!, $note: String!) {\n    updateCollectionItem(itemId: $itemId, note: $note) { id note }\n  }\n": typeof types.UpdateCollectionItemDocument,
    "\n  mutation MoveCollectionItem($itemId: ID!, $position: Int!) {\n    moveCollectionItem(itemId: $itemId, position: $position) { id position }\n  }\n": typeof types.MoveCollectionItemDocument,
    "\n  mutation RemoveCollectionItem($itemId: ID!) {\n    removeCollectionItem(itemId: $itemId) {\n      id\n      items { ...CollectionItemFields }\n    }\n  }\n": typeof types.RemoveCollectionItemDocument,
    "\n  fragment CollectionItemFields on CollectionItem {\n    id\n    note\n    position\n    practice { id slug title summary }\n  }\n": typeof types.CollectionItemFieldsFragmentDoc,
    "\n  query CollectionPage($id: ID!) {\n    collection(id: $id) {\n      id\n      title\n      description\n      published\n      publishedAt\n      region { code name viewerCan { seeOverview } }\n      items { ...CollectionItemFields }\n      viewerCan { curate publish }\n    }\n  }\n": typeof types.CollectionPageDocument,
    "\n  mutation PublishCollection($id: ID!) {\n    publishCollection(id: $id) { id published publishedAt viewerCan { curate publish } }\n  }\n": typeof types.PublishCollectionDocument,
    "\n  query RegionCollectionList($regionCode: String!) {\n    collections(regionCode: $regionCode) {\n      id\n      title\n      published\n      publishedAt\n      createdAt\n      items { id }\n    }\n  }\n": typeof types.RegionCollectionListDocument,
    "\n  mutation DeleteCollection($id: ID!) {\n    deleteCollection(id: $id)\n  }\n": typeof types.DeleteCollectionDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) { id }\n  }\n": typeof types.CreateCollectionDocument,
    "\n  query SearchPageCollections($regionCode: String!) {\n    collections(regionCode: $regionCode) {\n      id\n      title\n      published\n      items { id }\n    }\n  }\n": typeof types.SearchPageCollectionsDocument,
    "\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n": typeof types.PublishPracticeDocument,
    "\n  query Drafts {\n    practices(first: 100, filter: { statuses: [DRAFT] }, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          createdAt\n          status\n          originOffice { enhetsnummer name }\n          viewerCan { publish }\n        }\n      }\n    }\n  }\n": typeof types.DraftsDocument,
    "\n  query EvidenceGapMap($regionCode: String) {\n    evidenceGapMap(regionCode: $regionCode) {\n      regionCode\n      cells { theme targetGroup practiceCount bestStrength practices { slug title strength } }\n    }\n    regions { code name }\n  }\n": typeof types.EvidenceGapMapDocument,
    "\n  query IndicatorImportAccess {\n    viewerCanImportIndicatorValues\n    indicators { code name }\n  }\n": typeof types.IndicatorImportAccessDocument,
    "\n  fragment LeadersFields on IndicatorLeaders {\n    from\n    to\n    minMonths\n    rankedOffices\n    indicator { code name unit direction }\n    leaders {\n      rank\n      months\n      meanActual\n      meanExpected\n      advantage\n      demo\n      office { enhetsnummer name region { code name } }\n      practices { othersInRegionUsing othersInRegion practice { id slug title } }\n    }\n  }\n": typeof types.LeadersFieldsFragmentDoc,
    "\n  query IndicatorLeaders($indicatorCode: ID!, $regionCode: ID!, $from: String!, $to: String!) {\n    inRegion: indicatorLeaders(indicatorCode: $indicatorCode, regionCode: $regionCode, from: $from, to: $to, first: 5) { ...LeadersFields }\n    inCountry: indicatorLeaders(indicatorCode: $indicatorCode, from: $from, to: $to, first: 5) { ...LeadersFields }\n  }\n": typeof types.IndicatorLeadersDocument,
    "\n  query WhoSucceedsChoices {\n    indicators { code name kind lastMonth }\n    regions { code name }\n    viewerCanImportIndicatorValues\n  }\n": typeof types.WhoSucceedsChoicesDocument,
    "\n  mutation ImportIndicatorValues($csv: String!) {\n    importIndicatorValues(csv: $csv) { rows inserted updated unchanged offices indicators firstMonth lastMonth }\n  }\n": typeof types.ImportIndicatorValuesDocument,
    "\n  fragment KnowledgeNeedFields on KnowledgeNeed {\n    id\n    title\n    description\n    themes\n    supportCount\n    supportedByMe\n    viewerCan { support }\n    createdAt\n    region { code name }\n    answeredBy { id slug title }\n  }\n": typeof types.KnowledgeNeedFieldsFragmentDoc,
    "\n  mutation SupportKnowledgeNeed($id: ID!) {\n    supportKnowledgeNeed(id: $id) { id supportCount supportedByMe }\n  }\n": typeof types.SupportKnowledgeNeedDocument,
    "\n  mutation PostKnowledgeNeed($input: PostKnowledgeNeedInput!) {\n    postKnowledgeNeed(input: $input) { ...KnowledgeNeedFields }\n  }\n": typeof types.PostKnowledgeNeedDocument,
    "\n  query NeedRegions {\n    regions { code name }\n  }\n": typeof types.NeedRegionsDocument,
    "\n  query KnowledgeNeeds($regionCode: String, $orderBy: KnowledgeNeedOrder!, $after: String) {\n    knowledgeNeeds(regionCode: $regionCode, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...KnowledgeNeedFields } }\n    }\n  }\n": typeof types.KnowledgeNeedsDocument,
    "\n  query OfficeContext($enhetsnummer: ID!) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      context { population centrality employees unemploymentRate organisation partnershipModel demo source }\n    }\n    similarOffices(enhetsnummer: $enhetsnummer, first: 5) {\n      distance\n      reasons\n      office { enhetsnummer name region { code name } }\n    }\n  }\n": typeof types.OfficeContextDocument,
    "\n  query OfficePage($enhetsnummer: ID!, $withRatings: Boolean!) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      name\n      municipalities\n      region { code name }\n      adoptions {\n        id\n        status\n        since\n        practice { id slug title status }\n      }\n      ratings(first: 20) @include(if: $withRatings) { ...OfficeRatingPageFields }\n    }\n  }\n": typeof types.OfficePageDocument,
    "\n  fragment OfficeRatingPageFields on RatingConnection {\n    totalCount\n    pageInfo { endCursor hasNextPage }\n    edges {\n      node {\n        id\n        score\n        comment\n        updatedAt\n        author { name }\n        practice { slug title }\n      }\n    }\n  }\n": typeof types.OfficeRatingPageFieldsFragmentDoc,
    "\n  query OfficeRatings($enhetsnummer: ID!, $after: String) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      ratings(first: 20, after: $after) { ...OfficeRatingPageFields }\n    }\n  }\n": typeof types.OfficeRatingsDocument,
    "\n  query OfficeScorecard($enhetsnummer: ID!) {\n    officeScorecard(enhetsnummer: $enhetsnummer) {\n      from\n      to\n      indicators {\n        indicator { code name description kind owner unit direction source note }\n        months { month actual expected difference regionMedian countryMedian demo }\n      }\n    }\n  }\n": typeof types.OfficeScorecardDocument,
    "\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    since\n    note\n    demo\n    fidelity { scale score min max }\n    history { id fromStatus toStatus since changedAt reason changedBy fidelity { scale score min max } demo }\n    office {\n      enhetsnummer\n      name\n      region { code name }\n    }\n  }\n": typeof types.AdoptionFieldsFragmentDoc,
    "\n  mutation SetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      ...AdoptionFields\n      practice { id slug title status adoptionCount }\n    }\n  }\n": typeof types.SetAdoptionDocument,
    "\n  fragment OutcomeFields on Outcome {\n    label\n    indicator { code name }\n    targetGroup\n    population\n    followUpMonths\n    value\n    comparisonValue\n    unit\n    difference\n    differenceUnit\n    nResult\n    nComparison\n    significant\n    design\n    note\n    year\n    source\n    sourceUrl\n    demo\n  }\n": typeof types.OutcomeFieldsFragmentDoc,
    "\n  query PracticeResults($slug: String!, $office: ID!, $withOffice: Boolean!) {\n    practice(slug: $slug) {\n      id\n      indicatorComparisons {\n        from\n        to\n        demo\n        indicator { code name unit direction }\n        using { offices medianDifference }\n        notUsing { offices medianDifference }\n      }\n      usedByOfficesLike(office: $office) @include(if: $withOffice) {\n        reasons\n        office { enhetsnummer name }\n      }\n    }\n  }\n": typeof types.PracticeResultsDocument,
    "\n  fragment RatingCommentFields on Rating {\n    id\n    score\n    comment\n    demo\n    updatedAt\n    office { enhetsnummer name }\n    author { name }\n  }\n": typeof types.RatingCommentFieldsFragmentDoc,
    "\n  fragment RatingPageFields on RatingConnection {\n    totalCount\n    pageInfo { endCursor hasNextPage }\n    edges { node { ...RatingCommentFields } }\n  }\n": typeof types.RatingPageFieldsFragmentDoc,
    "\n  query PracticeRatings($slug: String!, $after: String) {\n    practice(slug: $slug) {\n      id\n      ratings(first: 20, after: $after) { ...RatingPageFields }\n    }\n  }\n": typeof types.PracticeRatingsDocument,
    "\n  mutation RatePractice($input: RatePracticeInput!) {\n    ratePractice(input: $input) {\n      rating { ...RatingCommentFields }\n      practice { id ...PracticeRatingFields }\n    }\n  }\n": typeof types.RatePracticeDocument,
    "\n  mutation DeleteMyRating($practiceId: ID!) {\n    deleteMyRating(practiceId: $practiceId) { id ...PracticeRatingFields }\n  }\n": typeof types.DeleteMyRatingDocument,
    "\n  fragment PracticeRatingFields on Practice {\n    ratingSummary {\n      average\n      count\n      demoCount\n      distribution\n      dimensions { usefulness transferability observedEffect }\n    }\n    myRating {\n      id\n      score\n      usefulness\n      transferability\n      observedEffect\n      comment\n      updatedAt\n    }\n  }\n": typeof types.PracticeRatingFieldsFragmentDoc,
    "\n  query PracticePage($slug: String!, $withRatings: Boolean!) {\n    practice(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      status\n      evidenceLevel\n      themes\n      targetGroups\n      responsibility\n      kind\n      cost { perParticipantNok staffYearsPer100 source sourceUrl year demo }\n      evidenceStrength { score design studies participants consistent }\n      reviewDue\n      updatedAt\n      originOffice { enhetsnummer name }\n      outcomes { ...OutcomeFields }\n      links { title url }\n      adoptions { ...AdoptionFields }\n      ...PracticeRatingFields\n      ratings(first: 20) @include(if: $withRatings) { ...RatingPageFields }\n      viewerCan { rate adopt }\n    }\n  }\n": typeof types.PracticePageDocument,
    "\n  query EditPractice($slug: String!) {\n    practice(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      description\n      themes\n      targetGroups\n      evidenceLevel\n      responsibility\n      reviewDue\n      outcomes { ...OutcomeFields }\n      links { title url }\n      viewerCan { edit }\n    }\n  }\n": typeof types.EditPracticeDocument,
    "\n  mutation UpdatePractice($id: ID!, $input: UpdatePracticeInput!) {\n    updatePractice(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  query OutcomeIndicators {\n    indicators {\n      code\n      name\n    }\n  }\n": typeof types.OutcomeIndicatorsDocument,
    "\n  mutation ProposePractice($input: ProposePracticeInput!) {\n    proposePractice(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.ProposePracticeDocument,
    "\n  query ProposeRegionOffices($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      offices { enhetsnummer name }\n    }\n  }\n": typeof types.ProposeRegionOfficesDocument,
    "\n  query ProposeAllOffices {\n    regions {\n      code\n      name\n      offices { enhetsnummer name }\n    }\n  }\n": typeof types.ProposeAllOfficesDocument,
    "\n  query RegionChoices {\n    regions { code name }\n  }\n": typeof types.RegionChoicesDocument,
    "\n  query RegionOverview($code: String!) {\n    regionOverview(code: $code) {\n      region { code name viewerCan { curate } }\n      spreading {\n        practice { id slug title }\n        inUse\n        piloting\n        considering\n        discontinued\n        newThisQuarter\n      }\n      bestRated {\n        practice { id slug title }\n        regionAverage\n        regionRaters\n        nationalAverage\n      }\n      adoptionMatrix {\n        offices { enhetsnummer name }\n        practices { id title }\n        cells { office practiceId status }\n      }\n      overdueReviews { id slug title reviewDue originOffice { enhetsnummer name } }\n      adoptionsByMonth { month started }\n    }\n  }\n": typeof types.RegionOverviewDocument,
    "\n  query RegionSearchGaps($regionCode: String!, $since: DateTimeISO!) {\n    searchGaps(regionCode: $regionCode, since: $since) {\n      query\n      count\n      lastSearchedAt\n    }\n  }\n": typeof types.RegionSearchGapsDocument,
    "\n  query SearchPractices($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int, $pageSize: Int) {\n    searchPractices(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {\n      totalHits\n      page\n      hits {\n        practice {\n          id\n          slug\n          evidenceLevel\n          themes\n          adoptionCount\n          ratingSummary { average count demoCount }\n          originOffice { enhetsnummer name }\n        }\n        highlight { title summary }\n      }\n      facets {\n        themes { value count }\n        targetGroups { value count }\n        evidenceLevels { value count }\n        regions { value count }\n      }\n    }\n    regions { code name }\n  }\n": typeof types.SearchPracticesDocument,
};
const documents: Documents = {
    "\n  fragment ItemPosition on CollectionItem {\n    id\n    position\n  }\n": types.ItemPositionFragmentDoc,
    "\n  query DevUsers {\n    devUsers { username name role office region }\n  }\n": types.DevUsersDocument,
    "\n  mutation DevLogin($username: String!) {\n    devLogin(username: $username) { token }\n  }\n": types.DevLoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      office { enhetsnummer name }\n      region { code name viewerCan { seeOverview } }\n      viewerCan { actFor propose postKnowledgeNeeds seeEveryRegion readRatings }\n    }\n  }\n": types.MeDocument,
    "\n  query CollectionPracticeSearch($query: String!) {\n    searchPractices(query: $query, pageSize: 5) {\n      totalHits\n      hits {\n        practice {\n          id\n          title\n          originOffice { enhetsnummer name }\n        }\n      }\n    }\n  }\n": types.CollectionPracticeSearchDocument,
    "\n  mutation AddCollectionItem($input: AddCollectionItemInput!) {\n    addCollectionItem(input: $input) { ...CollectionItemFields }\n  }\n": types.AddCollectionItemDocument,
    "\n  mutation UpdateCollectionItem($itemId: ID!, $note: String!) {\n    updateCollectionItem(itemId: $itemId, note: $note) { id note }\n  }\n": types.UpdateCollectionItemDocument,
    "\n  mutation MoveCollectionItem($itemId: ID!, $position: Int!) {\n    moveCollectionItem(itemId: $itemId, position: $position) { id position }\n  }\n": types.MoveCollectionItemDocument,
    "\n  mutation RemoveCollectionItem($itemId: ID!) {\n    removeCollectionItem(itemId: $itemId) {\n      id\n      items { ...CollectionItemFields }\n    }\n  }\n": types.RemoveCollectionItemDocument,
    "\n  fragment CollectionItemFields on CollectionItem {\n    id\n    note\n    position\n    practice { id slug title summary }\n  }\n": types.CollectionItemFieldsFragmentDoc,
    "\n  query CollectionPage($id: ID!) {\n    collection(id: $id) {\n      id\n      title\n      description\n      published\n      publishedAt\n      region { code name viewerCan { seeOverview } }\n      items { ...CollectionItemFields }\n      viewerCan { curate publish }\n    }\n  }\n": types.CollectionPageDocument,
    "\n  mutation PublishCollection($id: ID!) {\n    publishCollection(id: $id) { id published publishedAt viewerCan { curate publish } }\n  }\n": types.PublishCollectionDocument,
    "\n  query RegionCollectionList($regionCode: String!) {\n    collections(regionCode: $regionCode) {\n      id\n      title\n      published\n      publishedAt\n      createdAt\n      items { id }\n    }\n  }\n": types.RegionCollectionListDocument,
    "\n  mutation DeleteCollection($id: ID!) {\n    deleteCollection(id: $id)\n  }\n": types.DeleteCollectionDocument,
    "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) { id }\n  }\n": types.CreateCollectionDocument,
    "\n  query SearchPageCollections($regionCode: String!) {\n    collections(regionCode: $regionCode) {\n      id\n      title\n      published\n      items { id }\n    }\n  }\n": types.SearchPageCollectionsDocument,
    "\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n": types.PublishPracticeDocument,
    "\n  query Drafts {\n    practices(first: 100, filter: { statuses: [DRAFT] }, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          createdAt\n          status\n          originOffice { enhetsnummer name }\n          viewerCan { publish }\n        }\n      }\n    }\n  }\n": types.DraftsDocument,
    "\n  query EvidenceGapMap($regionCode: String) {\n    evidenceGapMap(regionCode: $regionCode) {\n      regionCode\n      cells { theme targetGroup practiceCount bestStrength practices { slug title strength } }\n    }\n    regions { code name }\n  }\n": types.EvidenceGapMapDocument,
    "\n  query IndicatorImportAccess {\n    viewerCanImportIndicatorValues\n    indicators { code name }\n  }\n": types.IndicatorImportAccessDocument,
    "\n  fragment LeadersFields on IndicatorLeaders {\n    from\n    to\n    minMonths\n    rankedOffices\n    indicator { code name unit direction }\n    leaders {\n      rank\n      months\n      meanActual\n      meanExpected\n      advantage\n      demo\n      office { enhetsnummer name region { code name } }\n      practices { othersInRegionUsing othersInRegion practice { id slug title } }\n    }\n  }\n": types.LeadersFieldsFragmentDoc,
    "\n  query IndicatorLeaders($indicatorCode: ID!, $regionCode: ID!, $from: String!, $to: String!) {\n    inRegion: indicatorLeaders(indicatorCode: $indicatorCode, regionCode: $regionCode, from: $from, to: $to, first: 5) { ...LeadersFields }\n    inCountry: indicatorLeaders(indicatorCode: $indicatorCode, from: $from, to: $to, first: 5) { ...LeadersFields }\n  }\n": types.IndicatorLeadersDocument,
    "\n  query WhoSucceedsChoices {\n    indicators { code name kind lastMonth }\n    regions { code name }\n    viewerCanImportIndicatorValues\n  }\n": types.WhoSucceedsChoicesDocument,
    "\n  mutation ImportIndicatorValues($csv: String!) {\n    importIndicatorValues(csv: $csv) { rows inserted updated unchanged offices indicators firstMonth lastMonth }\n  }\n": types.ImportIndicatorValuesDocument,
    "\n  fragment KnowledgeNeedFields on KnowledgeNeed {\n    id\n    title\n    description\n    themes\n    supportCount\n    supportedByMe\n    viewerCan { support }\n    createdAt\n    region { code name }\n    answeredBy { id slug title }\n  }\n": types.KnowledgeNeedFieldsFragmentDoc,
    "\n  mutation SupportKnowledgeNeed($id: ID!) {\n    supportKnowledgeNeed(id: $id) { id supportCount supportedByMe }\n  }\n": types.SupportKnowledgeNeedDocument,
    "\n  mutation PostKnowledgeNeed($input: PostKnowledgeNeedInput!) {\n    postKnowledgeNeed(input: $input) { ...KnowledgeNeedFields }\n  }\n": types.PostKnowledgeNeedDocument,
    "\n  query NeedRegions {\n    regions { code name }\n  }\n": types.NeedRegionsDocument,
    "\n  query KnowledgeNeeds($regionCode: String, $orderBy: KnowledgeNeedOrder!, $after: String) {\n    knowledgeNeeds(regionCode: $regionCode, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...KnowledgeNeedFields } }\n    }\n  }\n": types.KnowledgeNeedsDocument,
    "\n  query OfficeContext($enhetsnummer: ID!) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      context { population centrality employees unemploymentRate organisation partnershipModel demo source }\n    }\n    similarOffices(enhetsnummer: $enhetsnummer, first: 5) {\n      distance\n      reasons\n      office { enhetsnummer name region { code name } }\n    }\n  }\n": types.OfficeContextDocument,
    "\n  query OfficePage($enhetsnummer: ID!, $withRatings: Boolean!) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      name\n      municipalities\n      region { code name }\n      adoptions {\n        id\n        status\n        since\n        practice { id slug title status }\n      }\n      ratings(first: 20) @include(if: $withRatings) { ...OfficeRatingPageFields }\n    }\n  }\n": types.OfficePageDocument,
    "\n  fragment OfficeRatingPageFields on RatingConnection {\n    totalCount\n    pageInfo { endCursor hasNextPage }\n    edges {\n      node {\n        id\n        score\n        comment\n        updatedAt\n        author { name }\n        practice { slug title }\n      }\n    }\n  }\n": types.OfficeRatingPageFieldsFragmentDoc,
    "\n  query OfficeRatings($enhetsnummer: ID!, $after: String) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      ratings(first: 20, after: $after) { ...OfficeRatingPageFields }\n    }\n  }\n": types.OfficeRatingsDocument,
    "\n  query OfficeScorecard($enhetsnummer: ID!) {\n    officeScorecard(enhetsnummer: $enhetsnummer) {\n      from\n      to\n      indicators {\n        indicator { code name description kind owner unit direction source note }\n        months { month actual expected difference regionMedian countryMedian demo }\n      }\n    }\n  }\n": types.OfficeScorecardDocument,
    "\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    since\n    note\n    demo\n    fidelity { scale score min max }\n    history { id fromStatus toStatus since changedAt reason changedBy fidelity { scale score min max } demo }\n    office {\n      enhetsnummer\n      name\n      region { code name }\n    }\n  }\n": types.AdoptionFieldsFragmentDoc,
    "\n  mutation SetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      ...AdoptionFields\n      practice { id slug title status adoptionCount }\n    }\n  }\n": types.SetAdoptionDocument,
    "\n  fragment OutcomeFields on Outcome {\n    label\n    indicator { code name }\n    targetGroup\n    population\n    followUpMonths\n    value\n    comparisonValue\n    unit\n    difference\n    differenceUnit\n    nResult\n    nComparison\n    significant\n    design\n    note\n    year\n    source\n    sourceUrl\n    demo\n  }\n": types.OutcomeFieldsFragmentDoc,
    "\n  query PracticeResults($slug: String!, $office: ID!, $withOffice: Boolean!) {\n    practice(slug: $slug) {\n      id\n      indicatorComparisons {\n        from\n        to\n        demo\n        indicator { code name unit direction }\n        using { offices medianDifference }\n        notUsing { offices medianDifference }\n      }\n      usedByOfficesLike(office: $office) @include(if: $withOffice) {\n        reasons\n        office { enhetsnummer name }\n      }\n    }\n  }\n": types.PracticeResultsDocument,
    "\n  fragment RatingCommentFields on Rating {\n    id\n    score\n    comment\n    demo\n    updatedAt\n    office { enhetsnummer name }\n    author { name }\n  }\n": types.RatingCommentFieldsFragmentDoc,
    "\n  fragment RatingPageFields on RatingConnection {\n    totalCount\n    pageInfo { endCursor hasNextPage }\n    edges { node { ...RatingCommentFields } }\n  }\n": types.RatingPageFieldsFragmentDoc,
    "\n  query PracticeRatings($slug: String!, $after: String) {\n    practice(slug: $slug) {\n      id\n      ratings(first: 20, after: $after) { ...RatingPageFields }\n    }\n  }\n": types.PracticeRatingsDocument,
    "\n  mutation RatePractice($input: RatePracticeInput!) {\n    ratePractice(input: $input) {\n      rating { ...RatingCommentFields }\n      practice { id ...PracticeRatingFields }\n    }\n  }\n": types.RatePracticeDocument,
    "\n  mutation DeleteMyRating($practiceId: ID!) {\n    deleteMyRating(practiceId: $practiceId) { id ...PracticeRatingFields }\n  }\n": types.DeleteMyRatingDocument,
    "\n  fragment PracticeRatingFields on Practice {\n    ratingSummary {\n      average\n      count\n      demoCount\n      distribution\n      dimensions { usefulness transferability observedEffect }\n    }\n    myRating {\n      id\n      score\n      usefulness\n      transferability\n      observedEffect\n      comment\n      updatedAt\n    }\n  }\n": types.PracticeRatingFieldsFragmentDoc,
    "\n  query PracticePage($slug: String!, $withRatings: Boolean!) {\n    practice(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      status\n      evidenceLevel\n      themes\n      targetGroups\n      responsibility\n      kind\n      cost { perParticipantNok staffYearsPer100 source sourceUrl year demo }\n      evidenceStrength { score design studies participants consistent }\n      reviewDue\n      updatedAt\n      originOffice { enhetsnummer name }\n      outcomes { ...OutcomeFields }\n      links { title url }\n      adoptions { ...AdoptionFields }\n      ...PracticeRatingFields\n      ratings(first: 20) @include(if: $withRatings) { ...RatingPageFields }\n      viewerCan { rate adopt }\n    }\n  }\n": types.PracticePageDocument,
    "\n  query EditPractice($slug: String!) {\n    practice(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      description\n      themes\n      targetGroups\n      evidenceLevel\n      responsibility\n      reviewDue\n      outcomes { ...OutcomeFields }\n      links { title url }\n      viewerCan { edit }\n    }\n  }\n": types.EditPracticeDocument,
    "\n  mutation UpdatePractice($id: ID!, $input: UpdatePracticeInput!) {\n    updatePractice(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": types.UpdatePracticeDocument,
    "\n  query OutcomeIndicators {\n    indicators {\n      code\n      name\n    }\n  }\n": types.OutcomeIndicatorsDocument,
    "\n  mutation ProposePractice($input: ProposePracticeInput!) {\n    proposePractice(input: $input) {\n      id\n      slug\n    }\n  }\n": types.ProposePracticeDocument,
    "\n  query ProposeRegionOffices($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      offices { enhetsnummer name }\n    }\n  }\n": types.ProposeRegionOfficesDocument,
    "\n  query ProposeAllOffices {\n    regions {\n      code\n      name\n      offices { enhetsnummer name }\n    }\n  }\n": types.ProposeAllOfficesDocument,
    "\n  query RegionChoices {\n    regions { code name }\n  }\n": types.RegionChoicesDocument,
    "\n  query RegionOverview($code: String!) {\n    regionOverview(code: $code) {\n      region { code name viewerCan { curate } }\n      spreading {\n        practice { id slug title }\n        inUse\n        piloting\n        considering\n        discontinued\n        newThisQuarter\n      }\n      bestRated {\n        practice { id slug title }\n        regionAverage\n        regionRaters\n        nationalAverage\n      }\n      adoptionMatrix {\n        offices { enhetsnummer name }\n        practices { id title }\n        cells { office practiceId status }\n      }\n      overdueReviews { id slug title reviewDue originOffice { enhetsnummer name } }\n      adoptionsByMonth { month started }\n    }\n  }\n": types.RegionOverviewDocument,
    "\n  query RegionSearchGaps($regionCode: String!, $since: DateTimeISO!) {\n    searchGaps(regionCode: $regionCode, since: $since) {\n      query\n      count\n      lastSearchedAt\n    }\n  }\n": types.RegionSearchGapsDocument,
    "\n  query SearchPractices($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int, $pageSize: Int) {\n    searchPractices(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {\n      totalHits\n      page\n      hits {\n        practice {\n          id\n          slug\n          evidenceLevel\n          themes\n          adoptionCount\n          ratingSummary { average count demoCount }\n          originOffice { enhetsnummer name }\n        }\n        highlight { title summary }\n      }\n      facets {\n        themes { value count }\n        targetGroups { value count }\n        evidenceLevels { value count }\n        regions { value count }\n      }\n    }\n    regions { code name }\n  }\n": types.SearchPracticesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemPosition on CollectionItem {\n    id\n    position\n  }\n"): typeof import('./graphql').ItemPositionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevUsers {\n    devUsers { username name role office region }\n  }\n"): typeof import('./graphql').DevUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevLogin($username: String!) {\n    devLogin(username: $username) { token }\n  }\n"): typeof import('./graphql').DevLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      username\n      role\n      office { enhetsnummer name }\n      region { code name viewerCan { seeOverview } }\n      viewerCan { actFor propose postKnowledgeNeeds seeEveryRegion readRatings }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionPracticeSearch($query: String!) {\n    searchPractices(query: $query, pageSize: 5) {\n      totalHits\n      hits {\n        practice {\n          id\n          title\n          originOffice { enhetsnummer name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CollectionPracticeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCollectionItem($input: AddCollectionItemInput!) {\n    addCollectionItem(input: $input) { ...CollectionItemFields }\n  }\n"): typeof import('./graphql').AddCollectionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCollectionItem($itemId: ID!, $note: String!) {\n    updateCollectionItem(itemId: $itemId, note: $note) { id note }\n  }\n"): typeof import('./graphql').UpdateCollectionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCollectionItem($itemId: ID!, $position: Int!) {\n    moveCollectionItem(itemId: $itemId, position: $position) { id position }\n  }\n"): typeof import('./graphql').MoveCollectionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCollectionItem($itemId: ID!) {\n    removeCollectionItem(itemId: $itemId) {\n      id\n      items { ...CollectionItemFields }\n    }\n  }\n"): typeof import('./graphql').RemoveCollectionItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollectionItemFields on CollectionItem {\n    id\n    note\n    position\n    practice { id slug title summary }\n  }\n"): typeof import('./graphql').CollectionItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionPage($id: ID!) {\n    collection(id: $id) {\n      id\n      title\n      description\n      published\n      publishedAt\n      region { code name viewerCan { seeOverview } }\n      items { ...CollectionItemFields }\n      viewerCan { curate publish }\n    }\n  }\n"): typeof import('./graphql').CollectionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCollection($id: ID!) {\n    publishCollection(id: $id) { id published publishedAt viewerCan { curate publish } }\n  }\n"): typeof import('./graphql').PublishCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionCollectionList($regionCode: String!) {\n    collections(regionCode: $regionCode) {\n      id\n      title\n      published\n      publishedAt\n      createdAt\n      items { id }\n    }\n  }\n"): typeof import('./graphql').RegionCollectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCollection($id: ID!) {\n    deleteCollection(id: $id)\n  }\n"): typeof import('./graphql').DeleteCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPageCollections($regionCode: String!) {\n    collections(regionCode: $regionCode) {\n      id\n      title\n      published\n      items { id }\n    }\n  }\n"): typeof import('./graphql').SearchPageCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n"): typeof import('./graphql').PublishPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Drafts {\n    practices(first: 100, filter: { statuses: [DRAFT] }, orderBy: NEWEST) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          createdAt\n          status\n          originOffice { enhetsnummer name }\n          viewerCan { publish }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceGapMap($regionCode: String) {\n    evidenceGapMap(regionCode: $regionCode) {\n      regionCode\n      cells { theme targetGroup practiceCount bestStrength practices { slug title strength } }\n    }\n    regions { code name }\n  }\n"): typeof import('./graphql').EvidenceGapMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorImportAccess {\n    viewerCanImportIndicatorValues\n    indicators { code name }\n  }\n"): typeof import('./graphql').IndicatorImportAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadersFields on IndicatorLeaders {\n    from\n    to\n    minMonths\n    rankedOffices\n    indicator { code name unit direction }\n    leaders {\n      rank\n      months\n      meanActual\n      meanExpected\n      advantage\n      demo\n      office { enhetsnummer name region { code name } }\n      practices { othersInRegionUsing othersInRegion practice { id slug title } }\n    }\n  }\n"): typeof import('./graphql').LeadersFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorLeaders($indicatorCode: ID!, $regionCode: ID!, $from: String!, $to: String!) {\n    inRegion: indicatorLeaders(indicatorCode: $indicatorCode, regionCode: $regionCode, from: $from, to: $to, first: 5) { ...LeadersFields }\n    inCountry: indicatorLeaders(indicatorCode: $indicatorCode, from: $from, to: $to, first: 5) { ...LeadersFields }\n  }\n"): typeof import('./graphql').IndicatorLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoSucceedsChoices {\n    indicators { code name kind lastMonth }\n    regions { code name }\n    viewerCanImportIndicatorValues\n  }\n"): typeof import('./graphql').WhoSucceedsChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIndicatorValues($csv: String!) {\n    importIndicatorValues(csv: $csv) { rows inserted updated unchanged offices indicators firstMonth lastMonth }\n  }\n"): typeof import('./graphql').ImportIndicatorValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeNeedFields on KnowledgeNeed {\n    id\n    title\n    description\n    themes\n    supportCount\n    supportedByMe\n    viewerCan { support }\n    createdAt\n    region { code name }\n    answeredBy { id slug title }\n  }\n"): typeof import('./graphql').KnowledgeNeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportKnowledgeNeed($id: ID!) {\n    supportKnowledgeNeed(id: $id) { id supportCount supportedByMe }\n  }\n"): typeof import('./graphql').SupportKnowledgeNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostKnowledgeNeed($input: PostKnowledgeNeedInput!) {\n    postKnowledgeNeed(input: $input) { ...KnowledgeNeedFields }\n  }\n"): typeof import('./graphql').PostKnowledgeNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedRegions {\n    regions { code name }\n  }\n"): typeof import('./graphql').NeedRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeNeeds($regionCode: String, $orderBy: KnowledgeNeedOrder!, $after: String) {\n    knowledgeNeeds(regionCode: $regionCode, orderBy: $orderBy, first: 20, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...KnowledgeNeedFields } }\n    }\n  }\n"): typeof import('./graphql').KnowledgeNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeContext($enhetsnummer: ID!) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      context { population centrality employees unemploymentRate organisation partnershipModel demo source }\n    }\n    similarOffices(enhetsnummer: $enhetsnummer, first: 5) {\n      distance\n      reasons\n      office { enhetsnummer name region { code name } }\n    }\n  }\n"): typeof import('./graphql').OfficeContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficePage($enhetsnummer: ID!, $withRatings: Boolean!) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      name\n      municipalities\n      region { code name }\n      adoptions {\n        id\n        status\n        since\n        practice { id slug title status }\n      }\n      ratings(first: 20) @include(if: $withRatings) { ...OfficeRatingPageFields }\n    }\n  }\n"): typeof import('./graphql').OfficePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeRatingPageFields on RatingConnection {\n    totalCount\n    pageInfo { endCursor hasNextPage }\n    edges {\n      node {\n        id\n        score\n        comment\n        updatedAt\n        author { name }\n        practice { slug title }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficeRatingPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeRatings($enhetsnummer: ID!, $after: String) {\n    office(enhetsnummer: $enhetsnummer) {\n      enhetsnummer\n      ratings(first: 20, after: $after) { ...OfficeRatingPageFields }\n    }\n  }\n"): typeof import('./graphql').OfficeRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeScorecard($enhetsnummer: ID!) {\n    officeScorecard(enhetsnummer: $enhetsnummer) {\n      from\n      to\n      indicators {\n        indicator { code name description kind owner unit direction source note }\n        months { month actual expected difference regionMedian countryMedian demo }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficeScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdoptionFields on Adoption {\n    id\n    status\n    since\n    note\n    demo\n    fidelity { scale score min max }\n    history { id fromStatus toStatus since changedAt reason changedBy fidelity { scale score min max } demo }\n    office {\n      enhetsnummer\n      name\n      region { code name }\n    }\n  }\n"): typeof import('./graphql').AdoptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdoption($input: SetAdoptionInput!) {\n    setAdoption(input: $input) {\n      ...AdoptionFields\n      practice { id slug title status adoptionCount }\n    }\n  }\n"): typeof import('./graphql').SetAdoptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeFields on Outcome {\n    label\n    indicator { code name }\n    targetGroup\n    population\n    followUpMonths\n    value\n    comparisonValue\n    unit\n    difference\n    differenceUnit\n    nResult\n    nComparison\n    significant\n    design\n    note\n    year\n    source\n    sourceUrl\n    demo\n  }\n"): typeof import('./graphql').OutcomeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeResults($slug: String!, $office: ID!, $withOffice: Boolean!) {\n    practice(slug: $slug) {\n      id\n      indicatorComparisons {\n        from\n        to\n        demo\n        indicator { code name unit direction }\n        using { offices medianDifference }\n        notUsing { offices medianDifference }\n      }\n      usedByOfficesLike(office: $office) @include(if: $withOffice) {\n        reasons\n        office { enhetsnummer name }\n      }\n    }\n  }\n"): typeof import('./graphql').PracticeResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingCommentFields on Rating {\n    id\n    score\n    comment\n    demo\n    updatedAt\n    office { enhetsnummer name }\n    author { name }\n  }\n"): typeof import('./graphql').RatingCommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatingPageFields on RatingConnection {\n    totalCount\n    pageInfo { endCursor hasNextPage }\n    edges { node { ...RatingCommentFields } }\n  }\n"): typeof import('./graphql').RatingPageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeRatings($slug: String!, $after: String) {\n    practice(slug: $slug) {\n      id\n      ratings(first: 20, after: $after) { ...RatingPageFields }\n    }\n  }\n"): typeof import('./graphql').PracticeRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatePractice($input: RatePracticeInput!) {\n    ratePractice(input: $input) {\n      rating { ...RatingCommentFields }\n      practice { id ...PracticeRatingFields }\n    }\n  }\n"): typeof import('./graphql').RatePracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyRating($practiceId: ID!) {\n    deleteMyRating(practiceId: $practiceId) { id ...PracticeRatingFields }\n  }\n"): typeof import('./graphql').DeleteMyRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeRatingFields on Practice {\n    ratingSummary {\n      average\n      count\n      demoCount\n      distribution\n      dimensions { usefulness transferability observedEffect }\n    }\n    myRating {\n      id\n      score\n      usefulness\n      transferability\n      observedEffect\n      comment\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').PracticeRatingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticePage($slug: String!, $withRatings: Boolean!) {\n    practice(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      description\n      status\n      evidenceLevel\n      themes\n      targetGroups\n      responsibility\n      kind\n      cost { perParticipantNok staffYearsPer100 source sourceUrl year demo }\n      evidenceStrength { score design studies participants consistent }\n      reviewDue\n      updatedAt\n      originOffice { enhetsnummer name }\n      outcomes { ...OutcomeFields }\n      links { title url }\n      adoptions { ...AdoptionFields }\n      ...PracticeRatingFields\n      ratings(first: 20) @include(if: $withRatings) { ...RatingPageFields }\n      viewerCan { rate adopt }\n    }\n  }\n"): typeof import('./graphql').PracticePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditPractice($slug: String!) {\n    practice(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      description\n      themes\n      targetGroups\n      evidenceLevel\n      responsibility\n      reviewDue\n      outcomes { ...OutcomeFields }\n      links { title url }\n      viewerCan { edit }\n    }\n  }\n"): typeof import('./graphql').EditPracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePractice($id: ID!, $input: UpdatePracticeInput!) {\n    updatePractice(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').UpdatePracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeIndicators {\n    indicators {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').OutcomeIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePractice($input: ProposePracticeInput!) {\n    proposePractice(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').ProposePracticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeRegionOffices($code: ID!) {\n    region(code: $code) {\n      code\n      name\n      offices { enhetsnummer name }\n    }\n  }\n"): typeof import('./graphql').ProposeRegionOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeAllOffices {\n    regions {\n      code\n      name\n      offices { enhetsnummer name }\n    }\n  }\n"): typeof import('./graphql').ProposeAllOfficesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionChoices {\n    regions { code name }\n  }\n"): typeof import('./graphql').RegionChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOverview($code: String!) {\n    regionOverview(code: $code) {\n      region { code name viewerCan { curate } }\n      spreading {\n        practice { id slug title }\n        inUse\n        piloting\n        considering\n        discontinued\n        newThisQuarter\n      }\n      bestRated {\n        practice { id slug title }\n        regionAverage\n        regionRaters\n        nationalAverage\n      }\n      adoptionMatrix {\n        offices { enhetsnummer name }\n        practices { id title }\n        cells { office practiceId status }\n      }\n      overdueReviews { id slug title reviewDue originOffice { enhetsnummer name } }\n      adoptionsByMonth { month started }\n    }\n  }\n"): typeof import('./graphql').RegionOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSearchGaps($regionCode: String!, $since: DateTimeISO!) {\n    searchGaps(regionCode: $regionCode, since: $since) {\n      query\n      count\n      lastSearchedAt\n    }\n  }\n"): typeof import('./graphql').RegionSearchGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPractices($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int, $pageSize: Int) {\n    searchPractices(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {\n      totalHits\n      page\n      hits {\n        practice {\n          id\n          slug\n          evidenceLevel\n          themes\n          adoptionCount\n          ratingSummary { average count demoCount }\n          originOffice { enhetsnummer name }\n        }\n        highlight { title summary }\n      }\n      facets {\n        themes { value count }\n        targetGroups { value count }\n        evidenceLevels { value count }\n        regions { value count }\n      }\n    }\n    regions { code name }\n  }\n"): typeof import('./graphql').SearchPracticesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
