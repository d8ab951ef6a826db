package org.irontrace.benchmark;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large country-year of recoveries and trace results written straight into the database with
 * {@code INSERT ... SELECT generate_series}, for the report benchmark: about 85% traced, Mexico's
 * mix of outcomes (ATF 2016: about half not traced to a sale), 32 recovery states, 12 source states.
 */
final class SyntheticRecoveries {

	static final String AGENCY = "BENCH-REPORT";

	private SyntheticRecoveries() {
	}

	static void write(JdbcClient jdbc, int recoveries, int year) {
		jdbc.sql("""
				INSERT INTO recovery (agency, recovery_id, recovery_date, country, admin_area, city, crime_code,
				                      serial_number, manufacturer, caliber, calibre_family, firearm_type)
				SELECT ?, 'R' || lpad(i::text, 8, '0'), make_date(?, 1, 1) + (i % 365), 'MX',
				       (ARRAY['AGU','BCN','BCS','CAM','CHP','CHH','CMX','COA','COL','DUR','GUA','GRO','HID','JAL','MEX','MIC',
				              'MOR','NAY','NLE','OAX','PUE','QUE','ROO','SLP','SIN','SON','TAB','TAM','TLA','VER','YUC','ZAC'])[1 + i % 32],
				       'CITY ' || (i % 97),
				       (ARRAY['HOMICIDE','ASSAULT','DRUG_TRAFFICKING','ORGANIZED_CRIME','WEAPONS_OFFENSE','FOUND_FIREARM','BORDER_SEIZURE'])[1 + i % 7],
				       'S' || i, (ARRAY['Colt','Glock','Smith & Wesson','Ruger','Norinco','Century Arms','FN Herstal','Taurus'])[1 + i % 8],
				       (ARRAY['9mm','.223','7.62x39','.38 Special','.45 ACP','5.7x28'])[1 + i % 6],
				       (ARRAY['9x19mm','5.56x45mm','7.62x39mm','.38 Special','.45 ACP','5.7x28mm'])[1 + i % 6],
				       (ARRAY['PISTOL','RIFLE','PISTOL','REVOLVER','RIFLE','PISTOL','SHOTGUN'])[1 + i % 7]
				FROM generate_series(1, ?) AS i
				""").params(AGENCY, year, recoveries).update();
		jdbc.sql("""
				INSERT INTO trace_result (trace_id, agency, recovery_id, traced_at, status, reason, us_sourced,
				                          time_to_crime_days, result)
				SELECT gen_random_uuid(), ?, 'R' || lpad(i::text, 8, '0'), make_date(?, 1, 1) + (i % 365) + interval '9 days',
				       s.status, s.reason, s.us_sourced, s.ttc,
				       jsonb_build_object('status', s.status, 'reason', s.reason, 'usSourced', s.us_sourced,
				           'firearm', jsonb_build_object('serialNumber', 'S' || i,
				               'manufacturer', (ARRAY['Colt','Glock','Smith & Wesson','Ruger','Norinco','Century Arms','FN Herstal','Taurus'])[1 + i % 8],
				               'model', 'M' || (i % 50), 'caliber', (ARRAY['9mm','.223','7.62x39','.38 Special','.45 ACP','5.7x28'])[1 + i % 6],
				               'firearmType', (ARRAY['PISTOL','RIFLE','PISTOL','REVOLVER','RIFLE','PISTOL','SHOTGUN'])[1 + i % 7],
				               'countryOfManufacture', CASE WHEN i % 8 = 4 THEN 'CN' ELSE 'US' END),
				           'chain', jsonb_build_array(
				               jsonb_build_object('eventType', 'MANUFACTURED', 'eventDate', '2015-01-01', 'toLicence', 'L-MFR'),
				               jsonb_build_object('eventType', 'TRANSFERRED', 'eventDate', '2015-02-01', 'fromLicence', 'L-MFR', 'toLicence', 'L-DIST'),
				               jsonb_build_object('eventType', 'SOLD', 'eventDate', '2016-01-01', 'fromLicence', 'L-DEALER')),
				           'firstRetailSale', CASE WHEN s.status = 'COMPLETED' THEN jsonb_build_object('licence', 'L-DEALER-' || (i % 500),
				               'businessName', 'Dealer ' || (i % 500),
				               'state', (ARRAY['TX','TX','TX','TX','AZ','AZ','CA','CA','NM','FL','GA','NV'])[1 + i % 12],
				               'saleDate', '2016-01-01', 'purchaser', jsonb_build_object('firstName', 'P', 'lastName', 'Q' || i)) END,
				           'timeToCrimeDays', s.ttc)
				FROM generate_series(1, ?) AS i
				CROSS JOIN LATERAL (SELECT CASE WHEN i % 100 < 49 THEN 'COMPLETED' WHEN i % 100 < 54 THEN 'PARTIAL' ELSE 'NOT_TRACED' END AS status) AS k
				CROSS JOIN LATERAL (SELECT k.status,
				       CASE WHEN k.status = 'PARTIAL' THEN 'NO_RETAIL_SALE_RECORD'
				            WHEN k.status = 'NOT_TRACED' THEN (ARRAY['SERIAL_OBLITERATED','NO_MANUFACTURER_RECORD','INSUFFICIENT_DESCRIPTION','FOREIGN_NOT_IMPORTED'])[1 + i % 4] END AS reason,
				       CASE WHEN k.status <> 'NOT_TRACED' THEN true WHEN i % 4 = 3 THEN false END AS us_sourced,
				       CASE WHEN k.status = 'COMPLETED' THEN ((i::bigint * 7919) % 5000)::int END AS ttc) AS s
				WHERE i % 100 < 85
				""").params(AGENCY, year, recoveries).update();
		// The whole database: the tables behind the recovery view are the recovery module's business.
		jdbc.sql("ANALYZE").update();
	}
}
