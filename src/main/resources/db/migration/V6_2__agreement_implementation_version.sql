-- agreement: a partner's implementation is saved over the version the coordinator saw (#8, lost updates).
-- Version 0 now means "nothing recorded yet", and Spring Data JDBC treats a row at version 0 as new
-- (it would insert it again): rows the application stored start at 1; rows written otherwise move there too.
update implementation set version = 1 where version = 0;
alter table implementation alter column version set default 1;
