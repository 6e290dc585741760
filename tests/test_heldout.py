"""Three hundred and thirty-four articles scored with the client's scorer (``../shared/eval/score.py``), as a floor.

Colleagues wrote them in fifty-seven rounds and annotated them in the gold schema (``kit-gold/1``)
without reading the kit's code; every person, firm and outlet is invented. Rounds 1 to 3 (a
hospital trust, a cycling federation, a chemical plant, a Zambian party's donations, a data
breach, an Australian court case, diverted food aid, a blocked rail merger, a police shooting,
an Indian coal contract, Czech espionage, contaminated eye drops), round 4 (a South African rail
operator, an AI startup's scraping, a Spanish club's transfer, Bolivian deforestation),
round 5 (an Irish landlord, a ship collision off Singapore, a US university's research
misconduct, a Nigerian health strike, a crypto exchange's collapse, a New Zealand wildfire),
round 6 (a Swiss drug-trial dispute, a Philippine vote-buying story, a Peruvian tailings leak,
a British transfer scandal, asbestos in an Iowa school, ransomware at an Australian hospital
group), round 7 (an Indian dam breach, a Canadian meat recall, a Kenyan port tender, a German
airline's emergency landing, Scottish waiting lists, a Wisconsin police shooting) and round 8 (a
Pakistani bridge collapse, a South African bank's curatorship, a Japanese vaccine trial, a
Jamaican fish kill, a Gulf airport's delays, a US admissions-bribery case) and round 9 (PFAS in an
Australian town's water, a Hong Kong stadium collapse, Ukrainian helmet procurement, a Ghanaian
by-election, a Malaysian hospital data leak, an English village school's closure) and round 10 (an
Irish semi-state's pension deficit, a Chilean mine's water, a Greek ferry fire, a US startup's
use of customer data, a Bangladeshi embankment failure, an Italian transfer dispute), round 11 (a New
Zealand clinic's closure, a French cycling doping case, a Singapore en-bloc sale, Philippine typhoon
funds, a British tabloid's rogue landlord, a pipeline leak on tribal land), round 12 (a Korean
chaebol's accounts, Indonesian peat fires, Nigerian fuel-subsidy arrears, a Welsh ambulance
wait, disappearances in Jalisco, a stalled US Senate nomination) and round 13 (an English water
company's sewage spills, an aid convoy at the Chad-Sudan border, a Mumbai metro delay, a Hong
Kong fraud trial, a hostile takeover on the wire, a death in an Ohio jail) and round 14 (a Brazilian
tailings dam, an Ottawa busway overrun, a South African network outage, a German research-fraud
inquiry, a Kenyan by-election, a US stroller recall) and round 15 (a Queensland port lease, Irish
hospital trolleys, a Peak District quarry, a US warehouse strike vote, Sindh flood relief, an
Indian startup's layoffs), round 16 (a French rail closure, an ice-hockey team's move, a Japanese
insurer's mis-selling, a Ghanaian landfill fire, a US trade-secret suit, a Dutch restitution claim)
and round 17 (a South African rhino syndicate, a US subway derailment, a New Zealand spray drift, a
Nigerian bank's recapitalisation, a Nova Scotia emergency-room closure, an Aegean ferry collision)
and round 18 (an Indian voter-roll row, a Texas refinery fire, an English academy trust, a West
Australian mine collapse, a Swiss drug trial's data, a Chilean student march), round 19 (a Bangladeshi
garment-factory fire, a US revenue restatement, a Turkish building collapse, a Ugandan gold-pit
collapse, a Norwegian salmon escape, Mexican water rationing), round 20 (a Sri Lankan port contract, a
Vietnamese fish kill, a Nepali hydropower overrun, a Lake Victoria ferry, a Polish train tender, an
Argentine pensioners' march), round 21 (Malaysian flood relief, a German brake recall, a South
African platinum strike, Melbourne ambulance ramping, a Nigerian pension fraud, a Manitoba wildfire
evacuation) and round 22 (Kenyan county health funds, a Mozambican cyclone, an Indian runway closure, a
Colombian landslide, a Belgian tram contract, a Trinidad oil spill) and round 23 (Bornean illegal logging,
a Singapore mobile outage, Philippine school food poisoning, Maltese match-fixing, Egyptian power cuts, a
Jamaican bus crash) and round 24 (a Zimbabwean dam, a Taiwanese investment scam, a Sharjah
tower fire, a Namibian oxygen shortage, Ukrainian grain-export fraud, a Cypriot ferry subsidy) and round 25
(an Irish surgery contract, a Peruvian tailings spill, Australian disability-care billing, a Turkish
building collapse, a Nigerian microfinance bank, an Indian derailment), round 26 (an Ontario care-home inquest, a
Brazilian pension fund's loss, a Thai speedboat capsizing, a Scottish school-meals contractor, Ghanaian cocoa
smuggling, an Arizona county's vote-counting machines) and round 27 (a Korean battery-plant fire, Pakistani heatstroke
deaths, a First Nation's boil-water advisory, a Mexican mayor's contract, Australian casual academics' pay, Ugandan
pipeline compensation) and round 28 (an Amazon gold-mining raid, a French hospital strike, a Nigerian state's loan, a
Japanese brake maker's falsified data, a US county's school library books, a mine near an Indian tiger reserve) and
round 29 (an English dialysis unit's closure, a Kenyan county's road tender, an Iowa levee contract, a Macau junket's
collapse, an Australian airline's hidden fees, an Irish homelessness charity's audit) and round 30 (a Canadian listeria
recall, a Zambian tailings spill, a Singapore wealth manager's mis-selling, an Ethiopian highway audit, a New Zealand
council's water meters, a German clinic chain's billing) and round 31 (an Indonesian ferry's manifest, an Ohio public-housing
authority's mold, a South African municipal pension fund, an Irish rail line's overrun, an Indian hospital's insurance
claims, an Argentine grain exporter's taxes) and round 32 (a Ghanaian dam spillage, a Canadian airline's lost bags, a
Malaysian port contract, a Greek ferry strike, an Adelaide school's asbestos, a Punjab bus tender) and round 33 (an
Indian farm subsidy, an English river's sewage spills, a New Zealand dairy co-operative's nitrate, a US lottery's prize
claims, Senegal's trawler licences, Andalusia's heatwave toll) and round 34 (a Brazilian payments outage, a Scottish
health board's A&E waits, a Philippine bridge collapse, a Cretan wildfire, a Polish waste tender, a Japanese rice
cooker recall) and round 35 (an Italian region's hospital waiting lists, an Icelandic town's evacuation, a Moroccan
phosphate plant's emissions, a Kazakh bank's collapse, a Cambodian dengue toll, a Rwandan bus crash) and round 36 (a
Portuguese port's dredging, a Finnish state forester's logging, a Czech hospital's cancelled surgeries, a Fijian sugar
mill's breakdown, a Mongolian coal mine's water, a Lao dam's release) and round 37 (a Papua New Guinean landslide, a
Lithuanian railway's freight losses, a Botswana diamond cutter's job cuts, Guatemala's hospital medicines, a Georgian
gondola's stop, Tanzanian cashew payments) and round 38 (a Uruguayan meatpacker's exports, a Croatian ferry concession,
Malawi's fertilizer subsidy, an Omani desalination plant, a Serbian smelter's emissions, a Bhutanese power tariff) and
round 39 (a Nepali headrace tunnel's collapse, Jamaican harbour dredging, Namibian fishing quotas, a Philippine flood wall,
an Icelandic geothermal plant's tremors, a Fijian sugar mill's breakdown) and round 40 (a Maldivian fuel barge on a reef,
an Estonian market tender, a Liberian hospital's empty pharmacy, a Hungarian branch line, Solomon Islands logging, a
Danish wind farm's export cable) and round 41 (a Barbadian coastal bridge, a Romanian dialysis clinic, a Cameroonian
gold pit's collapse, Jordanian water rationing, a Swedish archipelago ferry, a Mauritian container terminal's cranes)
and round 42 (a Nepali hydropower tunnel, an Argentine commuter line's signalling, a Namibian desalination plant, a
Maltese building collapse, a Taiwanese plant's wastewater, a New Zealand highway slip) and round 43 (a Lebanese grain
silo, Korean apartment defects, a Samoan hospital's generator, an Ethiopian fuel shortage, a Manitoba First Nation's
water plant, a Bangkok canal boat fire) and round 44 (Santiago metro subsidence, a Polish river bridge, a Ghanaian
dormitory roof, a Papua New Guinea cable fault, an Algarve council pension fund, an Irish dairy co-op) and round 45 (a
Bangladeshi embankment breach, a US city's electric buses, a Kenyan county's vaccine cold chain, a French wine
cooperative, a South African tailings dam, an Icelandic harbour's breakwater) and round 46 (a Tamil Nadu town's
piped water, a Singapore estate's lifts, a Lagos tank farm's explosion, a Cornish bay's sewage spills, a Queensland
mine's roof fall, a Lower Saxony signal box fire) and round 47 (a Piraeus crane collapse, a Philippine school
ceiling, a Uruguayan dairy export, an Ontario hospital's emergency closures, a Vietnamese sleeper bus, a Bursa
textile factory fire) and round 48 (a South African stadium's renovation, an Indonesian ferry fire, a Dutch pension
fund's losses, a California utility's wildfire, a Ugandan clinic's drug stock-outs, a Pune rail overbridge crush) and
round 49 (a Kisumu runway contract, Gujranwala urban flooding, a Cork hospital's theatre ventilation, a Korean chemical
leak, a Norwegian ferry grounding, a Peruvian copper mine's water permit) and round 50 (an Amman water carrier's
rupture, a Japanese bogie maker's falsified data, a Welsh school's weak concrete, a Bangladeshi embankment's collapse, a
Nebraska meatpacker's ammonia leak, a Dar es Salaam bus fare-card failure) and round 51 (a Basra substation fire, a
Tyrolean cable car's brake, a Dubai labour camp's food poisoning, a Manaus hospital's oxygen, a Nova Scotia wharf's
collapse, Tashkent's gas pressure) and round 52 (a Costa Rican highway landslide, a Slovak hospital's cyberattack, a
Black Sea beach's sewage, Freetown mudslide relief, Riga's late trams, a Puerto Rico blackout) and round 53 (a Guayaquil
crane collapse, a Honiara market flood, a Flemish care home's legionella, a Kenyan matatu crash, an Aegean island's
reservoir, a US space-heater recall) and round 54 (a Telangana cough syrup's contamination, a Samar ferry's
grounding, a Rosario bridge's cracks, a Singapore clinic chain's data breach, a Rustenburg platinum mine's fire, Dublin
Airport's baggage failure) and round 55 (a Guatemala City landfill's collapse, Kumasi's transformer explosions, a
Lastovo catamaran's crash into a pier, a Gazipur garment factory's unpaid wages, a Queensland town's E. coli, a Lyon
e-scooter depot's fire) and round 56 (a Puerto Vallarta hotel balcony's collapse, a Rivers State pipeline spill, a
train derailment near Łódź, a Nyeri school dormitory fire, a Korean payment app's outage, a Louisiana levee breach)
and round 57 (a Quang Ngai fish kill, a Marrakech stadium's roof, a Valais glacier, a Colombo finance company's
collapse, heat deaths on a Delhi building site, a Stockholm signalling failure).
Each round was scored before any rule was written for it; README ("Articles annotated by
someone else") has those held-out figures.

The floors below are what the general rules the rounds led to reach on all 334 articles, rounded
down; they guard those rules, and they are not a held-out measure any more.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import kit

ROOT = Path(__file__).resolve().parent.parent
HELD = Path(__file__).parent / "fixtures" / "heldout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = {
    # (sections: annotators disagree on a summary box's label: "What you need to know:" is a subheading in rounds 19
    # and 29, while round 27 leaves out both it and "Key points:"; the kit keeps the label, so two of the 334 miss)
    "title_ok": 1, "published_ok": 1, "sections_ok": 0.98, "claim_sentences_covered": 1,
    "attribution_f1": 0.93, "denial_f1": 0.94, "hedge_f1": 0.96, "entity_f1": 0.96, "entity_type_acc": 0.95,
    "epithet_r": 0.70, "role_r": 0.85, "time_detect_r": 0.97, "time_detect_p": 0.98, "time_value_acc": 0.95,
    "contra_core_r@10": 0.55,
}


@pytest.fixture(scope="module")
def macro():
    if not SCORER.is_file():  # pragma: no cover - CI and developers have ../shared
        pytest.fail("../shared/eval/score.py is missing: the held-out articles cannot be scored")
    spec = importlib.util.spec_from_file_location("kit_score_heldout", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    articles = kit.load_articles(HELD / "articles")
    r = kit.analyze(articles)
    frames = {n: getattr(r, n) for n in ("claims", "entities", "mentions", "timeline", "contradictions")}
    per = []
    for gfile in sorted((HELD / "gold").glob("*.gold.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        stem = gfile.name[: -len(".gold.json")]
        rows = articles[articles["path"].map(lambda p: Path(str(p)).stem == stem)]
        per.append(score.score_article(gold, rows.iloc[0].to_dict(), frames))
    assert len(per) == 334
    return {k: sum(float(p[k]) for p in per if p.get(k) is not None) / sum(p.get(k) is not None for p in per)
            for k in FLOORS}


@pytest.mark.parametrize("figure,floor", sorted(FLOORS.items()))
def test_held_out_articles_stay_above_their_floor(macro, figure, floor):
    assert macro[figure] >= floor, (figure, round(macro[figure], 3))
