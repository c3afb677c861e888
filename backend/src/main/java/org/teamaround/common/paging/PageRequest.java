package org.teamaround.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** `?page=0&size=50` of every list: pages from 0, at most 200 items a page. */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** So that the first row of a page (page × size) stays a whole number the database can skip to. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;
}
