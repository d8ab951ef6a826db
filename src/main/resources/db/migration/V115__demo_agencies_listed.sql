-- The agencies the demo world registered, so that removing it removes exactly them and can tell
-- the operators which other agencies hold data. Installations that loaded the demo before this list
-- existed find their demo agencies by the names the demo gave them.
CREATE TABLE demo_agency (
    code text PRIMARY KEY
);
INSERT INTO demo_agency (code)
SELECT code FROM agency
WHERE EXISTS (SELECT 1 FROM demo_world)
  AND (name LIKE 'Demo agency %' OR name LIKE 'Demo customs %' OR name LIKE '% (demo)');
