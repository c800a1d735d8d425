-- One module's database and its own login, run by compose's sqlserver-init as sa with sqlcmd
-- (create-databases.sh): -v DATABASE=hub_social LOGIN=hub_social PASSWORD=...
-- Idempotent: a second run changes nothing but the password. The login may create and change
-- tables in its own database (the service applies its migrations at start) and read and write
-- them; it has no server-wide rights and no access to any other module's database.
IF DB_ID(N'$(DATABASE)') IS NULL
    CREATE DATABASE [$(DATABASE)];
GO

IF SUSER_ID(N'$(LOGIN)') IS NULL
    CREATE LOGIN [$(LOGIN)] WITH PASSWORD = N'$(PASSWORD)', DEFAULT_DATABASE = [$(DATABASE)], CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [$(LOGIN)] WITH PASSWORD = N'$(PASSWORD)';
GO

USE [$(DATABASE)];
GO

IF USER_ID(N'$(LOGIN)') IS NULL
    CREATE USER [$(LOGIN)] FOR LOGIN [$(LOGIN)];
ALTER ROLE db_ddladmin ADD MEMBER [$(LOGIN)];
ALTER ROLE db_datareader ADD MEMBER [$(LOGIN)];
ALTER ROLE db_datawriter ADD MEMBER [$(LOGIN)];
GO
