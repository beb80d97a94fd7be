/** Dutch words for the readable export: what each table is, its columns and its coded values. */

export const tableTexts: Record<string, { title: string; intro: string }> = {
  person: { title: 'Uw persoonsgegevens', intro: 'Zoals Samenspel ze nu kent.' },
  household: { title: 'Huishoudens', intro: 'De huishoudens waar u bij hoort of hoorde.' },
  household_member: { title: 'Lidmaatschap van huishoudens', intro: 'Wanneer u bij welk huishouden hoorde, en als wie.' },
  case_file: { title: 'Aanmeldingen en casussen', intro: 'Wanneer uw huishouden werd aangemeld, bij welk team, met welke vraag, en wie er aan werkte.' },
  case_assignment: { title: 'Toewijzingen', intro: 'Welke professional en regisseur aan de casus werden toegewezen.' },
  contact: { title: 'Contacten', intro: 'Gesprekken, bezoeken en telefoontjes met uw huishouden.' },
  contact_detail: { title: 'Contactgegevens', intro: 'Telefoonnummers, e-mailadressen en adressen van u of van het huishouden.' },
  network_member: { title: 'Netwerk', intro: 'Mensen en organisaties rond het huishouden, en waarmee zij kunnen helpen.' },
  dossier_note: { title: 'Notities', intro: 'Notities over u of over het huishouden als geheel.' },
  dossier_note_person: { title: 'Notities over u', intro: 'Bij welke notities u genoemd bent.' },
  intake: { title: 'Keukentafelgesprekken', intro: 'Het deel van het gesprek over het huishouden en uw eigen antwoorden.' },
  assessment_score: { title: 'Scores op de leefgebieden', intro: 'Uw scores op de zelfredzaamheidmatrix (ZRM) en de participatieladder.' },
  intake_member_income: { title: 'Inkomen', intro: 'Uw inkomenssituatie zoals vastgelegd bij het gesprek.' },
  plan: { title: 'Plan', intro: 'Het plan van het huishouden.' },
  plan_version: { title: 'Versies van het plan', intro: 'Doelen, acties en afspraken per versie.' },
  plan_agreement: { title: 'Akkoord op het plan', intro: 'Wanneer en hoe u akkoord gaf.' },
  consent: { title: 'Toestemmingen', intro: 'Waarvoor u toestemming gaf om gegevens te delen, en met wie.' },
  sharing_restriction: { title: 'Uw afscherming van gegevens', intro: 'Gegevens die u voor iemand heeft laten afschermen.' },
  emergency_access: { title: 'Noodtoegang', intro: 'Wanneer een medewerker zonder gewone toegang het dossier van uw huishouden opende, en waarom.' },
  person_rectification: { title: 'Correcties van uw gegevens', intro: 'Wat op uw verzoek werd verbeterd, met de oude waarden.' },
  processing_restriction: { title: 'Beperking van de verwerking', intro: 'Wanneer het gebruik van uw gegevens werd beperkt (AVG artikel 18).' },
  trajectory: { title: 'Trajecten', intro: 'Trajecten naar werk en participatie: doel, trede op de participatieladder en status.' },
  trajectory_status_change: { title: 'Verloop van trajecten', intro: 'Wanneer een traject begon, werd onderbroken, hervat of afgesloten, en waarom.' },
  trajectory_instrument: { title: 'Instrumenten in trajecten', intro: 'Welke instrumenten en voorzieningen in een traject werden ingezet.' },
  trajectory_exit_interview: { title: 'Eindgesprekken', intro: 'Wat u zei in het gesprek bij het afsluiten van een traject.' },
  trajectory_outcome: { title: 'Resultaten van trajecten', intro: 'Wat een traject opleverde: werk, opleiding, vrijwilligerswerk.' },
  trajectory_follow_up: { title: 'Nazorg', intro: 'Geplande contacten na afloop van een traject.' },
  work_assessment: { title: 'Beoordelingen van de afstand tot werk', intro: 'Hoe ver werk voor u af lag volgens de professional, met de trede op de participatieladder en de motivering.' },
  work_routing_proposal: { title: 'Routeringsvoorstellen', intro: 'Welke route naar werk het model van de gemeente voorstelde, en waarom.' },
  work_routing_decision: { title: 'Besluiten over routeringsvoorstellen', intro: 'Of de professional het voorstel volgde, of ervan afweek en waarom.' },
};

export const columnLabels: Record<string, string> = {
  bsn: 'BSN', given_names: 'Voornamen', family_name_prefix: 'Tussenvoegsel', family_name: 'Achternaam', birth_date: 'Geboortedatum',
  street: 'Straat', house_number: 'Huisnummer', postcode: 'Postcode', city: 'Woonplaats', name: 'Naam', role: 'Rol',
  valid_from: 'Vanaf', valid_until: 'Tot en met', kind: 'Soort', opened_at: 'Geopend', closed_at: 'Afgesloten', channel: 'Kanaal',
  referrer_type: 'Aangemeld door', question: 'Vraag', question_category: 'Soort gegevens', urgent_flags: 'Urgent', registered_by: 'Vastgelegd door',
  professional_id: 'Professional', coordinator_id: 'Regisseur', assigned_at: 'Toegewezen op', assigned_by: 'Toegewezen door', note: 'Toelichting',
  team_id: 'Team', processing_activity_id: 'Verwerking', occurred_at: 'Datum', place: 'Plaats', form: 'Vorm', participants: 'Deelnemers', report: 'Verslag',
  category: 'Soort gegevens', recorded_by: 'Vastgelegd door', recorded_at: 'Vastgelegd op', created_at: 'Vastgelegd op', updated_at: 'Gewijzigd op',
  value: 'Gegeven', removed_at: 'Verwijderd op', added_by: 'Toegevoegd door', relation: 'Relatie', can_help_with: 'Kan helpen met', contact: 'Contact',
  text: 'Tekst', written_by: 'Geschreven door', written_at: 'Geschreven op', instrument_id: 'Instrument', instrument_version: 'Versie', status: 'Status',
  draft: 'Gesprek', started_by: 'Gestart door', updated_by: 'Gewijzigd door', finalised_at: 'Afgerond op', domain_code: 'Leefgebied', score: 'Score',
  assessed_on: 'Datum', income_source: 'Bron van inkomen', benefit: 'Uitkering', seeks_work: 'Zoekt werk', low_income: 'Laag inkomen',
  created_by: 'Gemaakt door', number: 'Versie', content: 'Inhoud', agreed_on: 'Akkoord op', witnessed_by: 'Gehoord door', categories: 'Soorten gegevens',
  recipient_team_id: 'Ontvangend team', recipient_organisation_id: 'Ontvangende organisatie', recipient_role: 'Ontvangende rol', withdrawn_at: 'Ingetrokken op',
  withdrawn_by: 'Ingetrokken door', withdrawal_note: 'Toelichting bij intrekken', applies_to_user_id: 'Geldt voor medewerker', applies_to_team_id: 'Geldt voor team',
  applies_to_organisation_id: 'Geldt voor organisatie', applies_to_role: 'Geldt voor rol', reason: 'Reden', ended_at: 'Beëindigd op', ended_by: 'Beëindigd door',
  user_id: 'Medewerker', ground: 'Grond', justification: 'Onderbouwing', started_at: 'Begonnen', expires_at: 'Verloopt', reviewed_at: 'Beoordeeld op',
  reviewed_by: 'Beoordeeld door', review_outcome: 'Oordeel', review_note: 'Toelichting bij oordeel', changed_fields: 'Gewijzigd', previous_values: 'Oude waarden',
  request_note: 'Verzoek', rectified_by: 'Gecorrigeerd door', rectified_at: 'Gecorrigeerd op', restricted_by: 'Beperkt door', restricted_at: 'Beperkt op',
  lifted_by: 'Opgeheven door', lifted_at: 'Opgeheven op', lift_note: 'Toelichting bij opheffen', processing_restricted_at: 'Verwerking beperkt sinds',
  conductedOn: 'Datum van het gesprek', questionBehindQuestion: 'Vraag achter de vraag', ownStrength: 'Eigen kracht', network: 'Netwerk', member: 'Uw antwoorden',
  scores: 'Scores', ladder: 'Participatieladder', notes: 'Toelichting', income: 'Inkomen', followUp: 'Vervolgvragen', source: 'Bron', seeksWork: 'Zoekt werk',
  lowIncome: 'Laag inkomen', debts: 'Schulden', chronicIllness: 'Chronische ziekte', childrenNeeds: 'Behoeften van kinderen', startDate: 'Startdatum',
  situation: 'Situatie', situationCategory: 'Soort gegevens', goals: 'Doelen', actions: 'Acties', services: 'Voorzieningen', obligations: 'Verplichtingen',
  evaluationDates: 'Evaluatiedata', description: 'Omschrijving', domain: 'Leefgebied', targetScore: 'Doelscore', owner: 'Eigenaar', dueDate: 'Uiterlijk',
  provider: 'Aanbieder', law: 'Wet', carriedForwardFrom: 'Vooraf ingevuld met gesprek van', firstName: 'Voornaam',
  assessed_by: 'Beoordeeld door', distance: 'Afstand tot werk', ladder_step: 'Trede op de participatieladder', ladder_source: 'Trede uit',
  classification_name: 'Indeling', work_limitation: 'Arbeidsbeperking', expected_months_to_work: 'Werk verwacht binnen (maanden)', motivation: 'Motivering',
  proposed_on: 'Datum van het voorstel', routing_kind: 'Routeringsmodel', route: 'Route', reasons: 'Waarom', alternatives: 'Andere routes',
  outcome: 'Besluit', route_title: 'Gekozen route', decided_by: 'Besloten door', decided_at: 'Besloten op', rule: 'Regel', facts: 'Gevonden',
  title: 'Naam', team: 'Team', group: 'Groep', consultantRole: 'Consulent', nl: 'Nederlands', en: 'Engels',
};

/** Internal ids and technical columns, left out of the readable export (they are in the JSON). */
export const hiddenColumns = new Set([
  'id', 'person_id', 'household_id', 'case_file_id', 'intake_id', 'plan_id', 'plan_version_id', 'note_id', 'municipality_id',
  'revision', 'goalId', 'userId', 'personId', 'networkMemberId', 'intakeId',
]);

export const valueLabels: Record<string, Record<string, string>> = {
  role: { resident: 'Bewoner', partner: 'Partner', child: 'Kind', other: 'Anders' },
  'case_file.kind': { registration: 'Aanmelding', case: 'Casus' },
  'contact_detail.kind': { phone: 'Telefoon', email: 'E-mail', postal: 'Postadres', other: 'Anders' },
  'network_member.kind': { person: 'Persoon', organisation: 'Organisatie' },
  channel: { walk_in: 'Binnenloop', phone: 'Telefoon', web_form: 'Webformulier', email: 'E-mail', benefit_application: 'Aanvraag uitkering', referral: 'Verwijzing', outreach: 'Outreachend', early_warning: 'Vroegsignalering' },
  referrer_type: { self: 'Zelf', gp: 'Huisarts', district_nurse: 'Wijkverpleging', informal_carer: 'Mantelzorger', hospital: 'Ziekenhuis', school: 'School', police: 'Politie', uwv: 'UWV', municipality_department: 'Gemeente', other_team: 'Ander team', other: 'Anders' },
  place: { home: 'Thuis', team_office: 'Teamkantoor', werkplein: 'Werkplein', elsewhere: 'Elders' },
  form: { visit: 'Bezoek', phone: 'Telefoon', email: 'E-mail', video: 'Video', message: 'Bericht', signed_on_paper: 'Op papier getekend', signed_digitally: 'Digitaal getekend', agreed_verbally: 'Mondeling', signed_paper: 'Op papier getekend', signed_digital: 'Digitaal getekend', verbal: 'Mondeling' },
  status: { draft: 'Concept', final: 'Afgerond', agreed: 'Akkoord', superseded: 'Vervangen', open: 'Open', in_progress: 'Bezig', done: 'Klaar', cancelled: 'Vervallen' },
  category: { social: 'Sociaal', work_participation: 'Werk en participatie', income_benefit: 'Inkomen en uitkering', debt: 'Schulden', health_work_capability: 'Gezondheid: mogelijkheden voor werk', health_diagnosis: 'Gezondheid: diagnoses en behandeling', justice: 'Justitie', safety: 'Veiligheid', enforcement: 'Handhaving' },
  ground: { conflict_of_duties: 'Conflict van plichten', vital_interest: 'Vitaal belang', accuracy_contested: 'Juistheid betwist', unlawful_processing: 'Onrechtmatige verwerking', legal_claims: 'Nodig voor een rechtsvordering', objection_pending: 'Bezwaar in behandeling' },
  review_outcome: { justified: 'Terecht', not_justified: 'Niet terecht' },
  income_source: { wages: 'Loon', benefit: 'Uitkering', pension: 'Pensioen', self_employed: 'Eigen bedrijf', student_finance: 'Studiefinanciering', none: 'Geen', other: 'Anders' },
  answer: { yes: 'Ja', no: 'Nee', unknown: 'Onbekend' },
  distance: { job_ready: 'Kan zelf werk vinden', bridgeable: 'Overbrugbaar', unbridgeable: 'Moeilijk of niet overbrugbaar' },
  ladder_source: { score: 'Laatste score', assessor: 'Professional' },
  routing_kind: { none: 'Geen', no_configuration: 'Geen organisatiemodel', zaanstad_three_routes: 'Zaanstad: drie routes', haarlem_dwi: 'Haarlem: oordeel DWI', maastricht_groups: 'Maastricht: klantgroepen', ede_target_group: 'Ede: doelgroeptoets' },
  'work_routing_decision.outcome': { confirmed: 'Bevestigd', overridden: 'Afgeweken' },
};
valueLabels.question_category = valueLabels.category!;
valueLabels.situationCategory = valueLabels.category!;
valueLabels.source = valueLabels.income_source!;
for (const key of ['debts', 'chronicIllness', 'childrenNeeds']) valueLabels[key] = valueLabels.answer!;

export const outcomeLabels: Record<string, string> = { allowed: 'Toegestaan', denied: 'Geweigerd', not_found: 'Niet gevonden of geen toegang', failed: 'Mislukt' };
