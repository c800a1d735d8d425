-- A background job that every instance of a service runs (e.g. the hub's deadline pass) is done by one
-- instance at a time: the one holding the job's lease (JobLease). The holder renews it each round; when it
-- stops renewing (a crash), another instance takes the job over once the lease has run out.
CREATE TABLE job_leases (
    job         TEXT NOT NULL PRIMARY KEY,
    owner       TEXT NULL,
    lease_until TEXT NULL
);
