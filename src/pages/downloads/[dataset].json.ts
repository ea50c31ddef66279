import { datasetDownloadRoute } from "../../site/datasetDownloadRoute.ts";

/** One JSON download per dataset of the catalog, exactly the bytes checksummed on the dataset page. */
export const { getStaticPaths, GET } = datasetDownloadRoute("json");
