-- clients: the staff search finds a client by a typed date of birth (an equality match on this index).
create index client_date_of_birth_ix on client (date_of_birth);
