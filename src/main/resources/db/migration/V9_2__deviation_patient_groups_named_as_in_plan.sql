-- deviation: the priority patient groups are the plan module's (no.samhald.plan.PatientGroup), so
-- that a deviation can be matched to a plan's priority groups; two of them were named otherwise.
update deviation set patient_group = 'CHILDREN_AND_YOUNG_PEOPLE' where patient_group = 'CHILDREN_AND_YOUTH';
update deviation set patient_group = 'SEVERE_MENTAL_ILLNESS_AND_ADDICTION' where patient_group = 'MENTAL_ILLNESS_AND_ADDICTION';
